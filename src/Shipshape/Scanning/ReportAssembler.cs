using Shipshape.Model;
using Shipshape.Scoring;

namespace Shipshape.Scanning;

/// <summary>
/// Turns <see cref="ReportParts"/> into the deterministic <see cref="Report"/>: every list sorted,
/// counts of counted findings, scorecard and verdict from <see cref="Scorer"/>. The one place a
/// report is built, for the scan, the probe and the merged audit alike.
/// </summary>
public static class ReportAssembler
{
    public static Report Assemble(ReportParts parts)
    {
        var findings = Sort(parts.Findings);
        var scorecard = Scorer.Score(parts.Checks);
        return new Report(
            ToolInfo.Current,
            parts.Target,
            parts.Frameworks.Distinct().Order(StringComparer.Ordinal).ToList(),
            new ReportSummary(scorecard.Verdict, scorecard.Score, SeverityCounts.Of(findings)),
            scorecard.Categories,
            findings,
            parts.Skipped.OrderBy(s => s.Path, StringComparer.Ordinal).ThenBy(s => s.Reason, StringComparer.Ordinal).ToList(),
            parts.Diagnostics.OrderBy(d => d.Path ?? "", StringComparer.Ordinal).ThenBy(d => d.Line ?? 0)
                .ThenBy(d => d.RuleId ?? "", StringComparer.Ordinal).ThenBy(d => d.Message, StringComparer.Ordinal).ToList(),
            parts.Rules.OrderBy(r => r.Id, StringComparer.Ordinal).ToList(),
            parts.Probe,
            parts.Claims);
    }

    /// <summary>Report order: by path (findings without a location last), line, column, rule id, then message.</summary>
    public static IReadOnlyList<Finding> Sort(IEnumerable<Finding> findings) => findings
        .OrderBy(f => f.Location is null ? 1 : 0)
        .ThenBy(f => f.Location?.Path ?? "", StringComparer.Ordinal)
        .ThenBy(f => f.Location?.StartLine ?? 0).ThenBy(f => f.Location?.StartColumn ?? 0)
        .ThenBy(f => f.RuleId, StringComparer.Ordinal)
        .ThenBy(f => f.Message, StringComparer.Ordinal).ThenBy(f => f.Fingerprint, StringComparer.Ordinal)
        .ToList();
}
