using Shipshape.Model;

namespace Shipshape.Scoring;

/// <summary>The scored outcome of a set of checks: per-category rows, overall score and verdict.</summary>
public sealed record Scorecard(IReadOnlyList<CategoryScore> Categories, double? Score, Verdict Verdict);
