using System.Globalization;
using Shipshape.Model;

namespace Shipshape.Reports.Sarif;

/// <summary>
/// How a Shipshape severity reads in SARIF and on GitHub code scanning. GitHub buckets
/// <c>security-severity</c> as critical (≥ 9.0), high (7.0-8.9), medium (4.0-6.9), low (0.1-3.9),
/// none (0); each value below sits inside the bucket of the same name, so GitHub shows our severity.
/// </summary>
public static class SarifSeverity
{
    /// <summary>The <c>properties.security-severity</c> string: critical 9.5, high 8.0, medium 5.5, low 3.0, info 0.0.</summary>
    public static string SecuritySeverity(Severity severity) => (severity switch
    {
        Severity.Critical => 9.5,
        Severity.High => 8.0,
        Severity.Medium => 5.5,
        Severity.Low => 3.0,
        _ => 0.0,
    }).ToString("0.0", CultureInfo.InvariantCulture);

    /// <summary>The SARIF <c>level</c>: critical and high are errors, medium a warning, low and info notes.</summary>
    public static string Level(Severity severity) => severity switch
    {
        Severity.Critical or Severity.High => "error",
        Severity.Medium => "warning",
        _ => "note",
    };

    /// <summary>CodeQL's <c>problem.severity</c> property, which GitHub uses for rules without security-severity.</summary>
    public static string ProblemSeverity(Severity severity) => Level(severity) switch
    {
        "note" => "recommendation",
        var level => level,
    };

    /// <summary>GitHub's <c>precision</c> property from the rule's confidence.</summary>
    public static string Precision(Confidence confidence) => confidence switch
    {
        Confidence.High => "high",
        Confidence.Medium => "medium",
        _ => "low",
    };
}
