using Shipshape.Model;

namespace Shipshape.Scoring;

/// <summary>Applies <see cref="ScoringFormula"/> to check results.</summary>
public static class Scorer
{
    public static Scorecard Score(IEnumerable<CheckResult> checks)
    {
        var all = checks.OrderBy(c => c.RuleId, StringComparer.Ordinal).ToList();
        var categories = Categories.All
            .Select(category =>
            {
                var own = all.Where(c => c.CategoryId == category.Id).ToList();
                return new CategoryScore(category, ScoreOf(own), own);
            })
            .ToList();
        return new(categories, ScoreOf(all), VerdictOf(all));
    }

    /// <summary>10 × passed weight / decided weight, rounded to one decimal; null when nothing weighs.</summary>
    public static double? ScoreOf(IEnumerable<CheckResult> checks)
    {
        var decided = checks.Where(c => c.Status.IsDecided()).ToList();
        var total = decided.Sum(c => c.Severity.Weight());
        if (total == 0) return null;
        var passed = decided.Where(c => c.Status == CheckStatus.Pass).Sum(c => c.Severity.Weight());
        return Math.Round(10 * passed / total, 1, MidpointRounding.AwayFromZero);
    }

    public static Verdict VerdictOf(IEnumerable<CheckResult> checks)
    {
        var failed = checks.Where(c => c.Status == CheckStatus.Fail).Select(c => c.Severity).ToList();
        if (failed.Any(s => s >= Severity.High)) return Verdict.NotReady;
        if (failed.Any(s => s is Severity.Medium or Severity.Low)) return Verdict.ReadyWithWarnings;
        return Verdict.Ready;
    }
}
