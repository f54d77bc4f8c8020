using Shipshape.Model;
using Shipshape.Scoring;

namespace Shipshape.Probe.Audit;

/// <summary>
/// Merges a static scan and a probe into one report (`shipshape audit PATH --url URL`): every check
/// of both, scored together, and a warning wherever the code configures a protection that the
/// running app did not show. Probe results that reached a route the static scan supplied say so.
/// </summary>
public static class AuditMerger
{
    public static Report Merge(Report scan, ProbeOutcome probe, ProbeHints hints)
    {
        var checks = scan.Checks.Where(c => probe.Checks.All(p => p.RuleId != c.RuleId))
            .Concat(StaticRouteNotes.Annotate(probe.Checks, hints)).ToList();
        var scorecard = Scorer.Score(checks);
        var findings = scan.Findings.Concat(StaticRouteNotes.Annotate(probe.Findings, hints)).ToList();
        var diagnostics = scan.Diagnostics.Concat(probe.Diagnostics).Concat(Disagreements(probe, hints)).ToList();
        var rules = scan.Rules.Concat(probe.Rules).DistinctBy(r => r.Id).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        return scan with
        {
            Target = scan.Target with { Url = probe.Summary.Url },
            Summary = new ReportSummary(scorecard.Verdict, scorecard.Score, SeverityCounts.Of(findings)),
            Categories = scorecard.Categories,
            Findings = findings,
            Diagnostics = diagnostics,
            Rules = rules,
            Probe = probe.Summary,
        };
    }

    /// <summary>Where static and dynamic disagree: a protection found in the code whose dynamic check failed.</summary>
    public static IEnumerable<ScanDiagnostic> Disagreements(ProbeOutcome probe, ProbeHints hints)
    {
        foreach (var protection in hints.Protections)
        {
            var check = probe.Checks.FirstOrDefault(c => c.RuleId == protection.RuleId);
            if (check?.Status != CheckStatus.Fail) continue;
            var observed = probe.Findings.FirstOrDefault(f => f.RuleId == protection.RuleId)?.Message ?? check.Reason ?? "failed";
            yield return new ScanDiagnostic(DiagnosticKind.Warning, null, null, protection.RuleId,
                $"static and dynamic disagree: {protection.Source}, but on the running app {protection.RuleId} failed: {observed}");
        }
    }
}
