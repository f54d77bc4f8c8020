using Shipshape.Model;
using Shipshape.Scoring;

namespace Shipshape.Reports.Json;

/// <summary>Maps the <see cref="Report"/> model onto the "shipshape/report@1" document.</summary>
public static class JsonReportMapper
{
    public const string Schema = "shipshape/report@1";

    public static JsonReportDocument Map(Report report)
    {
        var counts = report.Summary.Counts;
        return new(
            Schema,
            new(report.Tool.Name, report.Tool.Version),
            new(report.Target.Path, report.Target.Url),
            report.Frameworks,
            new(report.Summary.Verdict.Id(), report.Summary.Score,
                new(counts.Critical, counts.High, counts.Medium, counts.Low, counts.Info),
                report.Findings.Count(f => !f.IsCounted), ScoringFormula.Text),
            report.Categories.Select(c => new JsonCategory(c.Category.Id, c.Category.Name, c.Score,
                c.Checks.Select(k => new JsonCheck(k.RuleId, k.Status.Id(), k.Severity.Id(), k.Reason)).ToList())).ToList(),
            report.Findings.Select(f => MapFinding(report, f)).ToList(),
            report.Skipped.Select(s => new JsonSkipped(s.Path, s.Reason)).ToList(),
            report.Diagnostics.Select(d => new JsonDiagnostic(d.Kind.Id(), d.Path, d.Line, d.RuleId, d.Message)).ToList(),
            report.Probe is { } probe
                ? new JsonProbe(probe.Url, probe.Requests, probe.Observatory is { } o ? new JsonObservatory(o.Grade, o.Score) : null)
                : null,
            report.Claims?.Select(c => new JsonClaim(c.Text, new JsonClaimSource(c.SourceLine), c.Verdict.Id(), c.Checks, c.Evidence)).ToList(),
            report.ClaimedScore is { } claimed ? new JsonClaimedScore(claimed.Score, claimed.Text, new JsonClaimSource(claimed.SourceLine)) : null,
            report.OpenItems?.Select(o => new JsonOpenItem(o.Text, new JsonClaimSource(o.SourceLine))).ToList());
    }

    private static JsonFinding MapFinding(Report report, Finding finding)
    {
        var rule = report.FindRule(finding.RuleId);
        return new(
            finding.RuleId,
            rule?.Name ?? "",
            rule?.Category.Id ?? Categories.ForRuleId(finding.RuleId)?.Id ?? "",
            finding.Severity.Id(),
            finding.Confidence.Id(),
            finding.Message,
            MapLocation(finding.Location),
            finding.Snippet,
            finding.Fix,
            finding.Fingerprint,
            finding.Evidence.Select(MapEvidence).ToList(),
            finding.Suppression is { } s ? new JsonSuppression(s.Kind == SuppressionKind.Inline ? "inline" : "baseline", s.Reason) : null);
    }

    private static JsonLocation? MapLocation(Location? location) => location is null
        ? null
        : new(location.Path, location.StartLine, location.StartColumn, location.EndLine, location.EndColumn);

    private static JsonEvidence MapEvidence(Evidence evidence) => evidence switch
    {
        CodeEvidence code => new("code", Location: MapLocation(code.Location), Snippet: code.Snippet),
        HttpEvidence http => new("http", Method: http.Method, Url: http.Url,
            RequestHeaders: http.RequestHeaders.Select(h => new JsonHeader(h.Name, h.Value)).ToList(), Status: http.Status,
            ResponseHeaders: http.ResponseHeaders.Select(h => new JsonHeader(h.Name, h.Value)).ToList(), BodyExcerpt: http.BodyExcerpt),
        NoteEvidence note => new("note", Text: note.Text),
        _ => new("note", Text: evidence.ToString()),
    };
}
