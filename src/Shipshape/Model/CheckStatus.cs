namespace Shipshape.Model;

/// <summary>A check's outcome for a project.</summary>
public enum CheckStatus
{
    Pass,
    Fail,
    /// <summary>The check does not apply (e.g. "no HTML forms"); not counted.</summary>
    NotApplicable,
    /// <summary>Cannot be decided from code or traffic (e.g. backups exist); listed, never counted.</summary>
    Manual,
}

public static class CheckStatusExtensions
{
    public static string Id(this CheckStatus status) => status switch
    {
        CheckStatus.Pass => "pass",
        CheckStatus.Fail => "fail",
        CheckStatus.NotApplicable => "not-applicable",
        _ => "manual",
    };

    /// <summary>Pass and fail are decided; only decided checks enter the score.</summary>
    public static bool IsDecided(this CheckStatus status) => status is CheckStatus.Pass or CheckStatus.Fail;
}
