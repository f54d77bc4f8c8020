namespace Shipshape.Diff;

/// <summary>
/// How a scorecard row moved between two reports. "Failing checks" are the rule ids with status fail;
/// scores are compared only when both reports measured one. The first that applies wins:
/// </summary>
public enum CategoryStatus
{
    /// <summary>A check fails after that did not fail before, or the score went down.</summary>
    Regressed,

    /// <summary>Not regressed; at least one check failed before and none fails after.</summary>
    Fixed,

    /// <summary>Not regressed or fixed; fewer checks fail after (the after set is a strict subset), or the score went up.</summary>
    Improved,

    /// <summary>The same checks fail and the score is the same (or not measured on one side).</summary>
    Unchanged,
}

public static class CategoryStatusExtensions
{
    public static string Title(this CategoryStatus status) => status switch
    {
        CategoryStatus.Regressed => "REGRESSED",
        CategoryStatus.Fixed => "FIXED",
        CategoryStatus.Improved => "IMPROVED",
        _ => "UNCHANGED",
    };

    /// <summary>The definitions above in one paragraph, printed under every diff so a reader can check each row.</summary>
    public const string Definitions =
        "REGRESSED: a check fails after that did not fail before, or the category score went down. "
        + "FIXED: checks failed before and none fails after. "
        + "IMPROVED: fewer of the same checks fail, or the score went up. "
        + "UNCHANGED: the same checks fail and the score is the same. "
        + "Findings are matched by fingerprint (rule + path + normalized code) and counted by occurrence; suppressed findings are left out.";
}
