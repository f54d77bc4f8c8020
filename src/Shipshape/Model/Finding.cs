namespace Shipshape.Model;

/// <summary>One problem found, where, and how to fix it.</summary>
/// <param name="RuleId">The rule that reported it.</param>
/// <param name="Severity">Effective severity: the config's override, else the one the rule gave this finding (CORS001 with credentials is critical), else the rule's.</param>
/// <param name="Confidence">The rule's confidence in this finding.</param>
/// <param name="Message">What is wrong here, specifically.</param>
/// <param name="Location">Where; null only for a project-level finding with no file to point at.</param>
/// <param name="Snippet">The code at the location (secrets already masked).</param>
/// <param name="Fix">How to fix it here (defaults to the rule's fix).</param>
/// <param name="Fingerprint">Stable id across line moves, see <see cref="FindingFingerprint"/>.</param>
/// <param name="Evidence">What backs the finding beyond the location itself.</param>
/// <param name="Suppression">Set when an inline comment or the baseline suppresses it.</param>
public sealed record Finding(
    string RuleId,
    Severity Severity,
    Confidence Confidence,
    string Message,
    Location? Location,
    string Snippet,
    string Fix,
    string Fingerprint,
    IReadOnlyList<Evidence> Evidence,
    Suppression? Suppression)
{
    public bool IsCounted => Suppression is null;
}
