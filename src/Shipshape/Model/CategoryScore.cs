namespace Shipshape.Model;

/// <summary>A scorecard row: the category's checks and its score (null when none was decided).</summary>
public sealed record CategoryScore(Category Category, double? Score, IReadOnlyList<CheckResult> Checks);
