namespace Shipshape.Model;

/// <summary>How much a failed check matters. The weight feeds the score formula of DESIGN.md.</summary>
public enum Severity
{
    Info,
    Low,
    Medium,
    High,
    Critical,
}

public static class SeverityExtensions
{
    /// <summary>Score weight: critical 10, high 7.5, medium 5, low 2.5, info 0.</summary>
    public static double Weight(this Severity severity) => severity switch
    {
        Severity.Critical => 10.0,
        Severity.High => 7.5,
        Severity.Medium => 5.0,
        Severity.Low => 2.5,
        _ => 0.0,
    };

    /// <summary>The lower-case name used in reports, config files and on the command line.</summary>
    public static string Id(this Severity severity) => severity switch
    {
        Severity.Critical => "critical",
        Severity.High => "high",
        Severity.Medium => "medium",
        Severity.Low => "low",
        _ => "info",
    };

    public static bool TryParse(string? text, out Severity severity)
    {
        foreach (var candidate in Enum.GetValues<Severity>())
        {
            if (string.Equals(candidate.Id(), text, StringComparison.OrdinalIgnoreCase))
            {
                severity = candidate;
                return true;
            }
        }
        severity = Severity.Info;
        return false;
    }

    /// <summary>Most severe first: the order findings are listed in.</summary>
    public static IReadOnlyList<Severity> Descending { get; } =
        [Severity.Critical, Severity.High, Severity.Medium, Severity.Low, Severity.Info];
}
