namespace Shipshape.Model;

/// <summary>One rule's verdict on the whole project: the unit the score counts.</summary>
/// <param name="RuleId">The rule.</param>
/// <param name="CategoryId">Its scorecard row.</param>
/// <param name="Severity">The weight of this check in the score and verdict: when it fails, the highest severity of its counted findings; otherwise the rule's effective severity (see <see cref="Scoring.CheckSeverity"/>).</param>
/// <param name="Status">Pass, fail, not-applicable or manual.</param>
/// <param name="Reason">Why not-applicable or manual, or what a pass rests on; null when obvious.</param>
public sealed record CheckResult(string RuleId, string CategoryId, Severity Severity, CheckStatus Status, string? Reason);
