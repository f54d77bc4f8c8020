using Shipshape.Model;

namespace Shipshape.Baselines;

/// <summary>
/// Suppresses findings the baseline knows, matching by fingerprint AND count: an entry with count 1
/// covers one finding, so a second, new occurrence of the same code still counts.
/// </summary>
public static class BaselineMatcher
{
    /// <param name="findings">In report order: the earliest occurrences are the ones matched.</param>
    public static IReadOnlyList<Finding> Apply(IReadOnlyList<Finding> findings, Baseline baseline, string reason)
    {
        var remaining = baseline.Findings.GroupBy(e => e.Fingerprint).ToDictionary(g => g.Key, g => g.Sum(e => e.Count));
        return findings.Select(finding =>
        {
            if (finding.Suppression is not null) return finding;
            if (!remaining.TryGetValue(finding.Fingerprint, out var left) || left == 0) return finding;
            remaining[finding.Fingerprint] = left - 1;
            return finding with { Suppression = new(SuppressionKind.Baseline, reason) };
        }).ToList();
    }
}
