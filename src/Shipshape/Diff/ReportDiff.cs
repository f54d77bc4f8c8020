using Shipshape.Model;
using Shipshape.Reports.Json;

namespace Shipshape.Diff;

/// <summary>
/// A before/after comparison of two reports, like the seeds' "Before | After" scorecards but
/// measured: each category's status, the findings resolved and the new ones, the overall score.
/// </summary>
public sealed record ReportDiff(
    string BeforeName,
    string AfterName,
    double? ScoreBefore,
    double? ScoreAfter,
    string VerdictBefore,
    string VerdictAfter,
    IReadOnlyList<CategoryComparison> Categories,
    IReadOnlyList<FindingChange> Resolved,
    IReadOnlyList<FindingChange> New)
{
    /// <summary>True when a category regressed or the overall score went down: what --fail-on-regression gates on.</summary>
    public bool HasRegression =>
        Categories.Any(c => c.Status == CategoryStatus.Regressed)
        || (ScoreBefore is { } before && ScoreAfter is { } after && after < before);

    public static ReportDiff Compute(JsonReportDocument before, JsonReportDocument after, string beforeName, string afterName)
    {
        var beforeRows = before.Categories.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var afterRows = after.Categories.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var categories = OrderedCategoryIds(before, after)
            .Select(id => CategoryComparison.Compare(beforeRows.GetValueOrDefault(id), afterRows.GetValueOrDefault(id)))
            .Where(c => c.Before is not null || c.After is not null || c.FailingBefore.Count > 0 || c.FailingAfter.Count > 0)
            .ToList();
        return new(beforeName, afterName, before.Summary.Score, after.Summary.Score, before.Summary.Verdict, after.Summary.Verdict,
            categories, Surplus(before.Findings, after.Findings), Surplus(after.Findings, before.Findings));
    }

    /// <summary>Scorecard order of DESIGN.md first, then any category only one report knows, by id.</summary>
    private static IEnumerable<string> OrderedCategoryIds(JsonReportDocument before, JsonReportDocument after)
    {
        var present = before.Categories.Concat(after.Categories).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var known = Model.Categories.All.Select(c => c.Id).Where(present.Contains).ToList();
        return known.Concat(present.Except(known).Order(StringComparer.Ordinal));
    }

    /// <summary>Counted findings of <paramref name="side"/> whose fingerprint occurs more often there than in <paramref name="other"/>.</summary>
    private static IReadOnlyList<FindingChange> Surplus(IReadOnlyList<JsonFinding> side, IReadOnlyList<JsonFinding> other)
    {
        var otherCounts = other.Where(f => f.Suppression is null).CountBy(f => f.Fingerprint).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        return side.Where(f => f.Suppression is null)
            .GroupBy(f => f.Fingerprint, StringComparer.Ordinal)
            .Select(g => (First: g.First(), Surplus: g.Count() - otherCounts.GetValueOrDefault(g.Key)))
            .Where(p => p.Surplus > 0)
            .Select(p => FindingChange.Of(p.First, p.Surplus))
            .OrderByDescending(c => Severity(c.Severity))
            .ThenBy(c => c.Rule, StringComparer.Ordinal)
            .ThenBy(c => c.Location, StringComparer.Ordinal)
            .ToList();
    }

    private static Severity Severity(string id) => SeverityExtensions.TryParse(id, out var severity) ? severity : Model.Severity.Info;
}
