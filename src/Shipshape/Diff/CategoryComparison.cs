using Shipshape.Reports.Json;

namespace Shipshape.Diff;

/// <summary>One scorecard row of a diff: the category's scores and failing checks before and after, and its status.</summary>
public sealed record CategoryComparison(
    string CategoryId,
    string Name,
    double? Before,
    double? After,
    IReadOnlyList<string> FailingBefore,
    IReadOnlyList<string> FailingAfter,
    CategoryStatus Status)
{
    /// <summary>Compares a category present in either report (null when a report lacks it).</summary>
    public static CategoryComparison Compare(JsonCategory? before, JsonCategory? after)
    {
        var failingBefore = Failing(before);
        var failingAfter = Failing(after);
        var status = StatusOf(before?.Score, after?.Score, failingBefore, failingAfter);
        var named = after ?? before!;
        return new(named.Id, named.Name, before?.Score, after?.Score, failingBefore, failingAfter, status);
    }

    internal static CategoryStatus StatusOf(double? before, double? after, IReadOnlyList<string> failingBefore, IReadOnlyList<string> failingAfter)
    {
        var measured = before is not null && after is not null;
        if (failingAfter.Except(failingBefore).Any() || (measured && after < before)) return CategoryStatus.Regressed;
        if (failingBefore.Count > 0 && failingAfter.Count == 0) return CategoryStatus.Fixed;
        if (failingAfter.Count < failingBefore.Count || (measured && after > before)) return CategoryStatus.Improved;
        return CategoryStatus.Unchanged;
    }

    private static IReadOnlyList<string> Failing(JsonCategory? category) =>
        category?.Checks.Where(c => c.Status == "fail").Select(c => c.Rule).Distinct().Order(StringComparer.Ordinal).ToList() ?? [];
}
