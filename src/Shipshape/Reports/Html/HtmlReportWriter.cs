using System.Globalization;
using System.Text;
using Shipshape.Model;
using Shipshape.Scoring;
using static Shipshape.Reports.Html.HtmlText;

namespace Shipshape.Reports.Html;

/// <summary>
/// The report as one self-contained HTML page to send to a team: verdict, score gauge, category
/// chart, findings filterable by severity and category, every check, claims, probe, suppressed and
/// skipped files. CSS, SVG and script are inline and a Content-Security-Policy forbids any request,
/// so the page opens offline and leaks nothing. All report text is escaped.
/// </summary>
/// <param name="generatedAt">Shown in the header; the only part that changes between identical scans.</param>
public sealed class HtmlReportWriter(DateTimeOffset? generatedAt = null) : IReportWriter
{
    /// <summary>Nothing may be fetched: styles and script are inline, images are data: URIs at most.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'";

    public string Format => "html";

    public string Write(Report report)
    {
        var title = $"Production readiness: {report.Target.Path ?? report.Target.Url ?? "project"}";
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append($"<meta http-equiv=\"Content-Security-Policy\" content=\"{ContentSecurityPolicy}\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append($"<title>{Escape(title)}</title>\n<style>\n{HtmlStyles.Css}\n</style>\n</head>\n<body>\n<main>\n");
        WriteHeader(html, report, title);
        WriteScorecard(html, report);
        WriteFindings(html, report);
        WriteChecks(html, report);
        WriteClaims(html, report);
        WriteProbe(html, report);
        WriteSuppressed(html, report);
        WriteSkipped(html, report);
        WriteDiagnostics(html, report);
        html.Append($"<footer>How the score is computed: {Escape(ScoringFormula.Text)}</footer>\n");
        html.Append($"</main>\n<script>\n{HtmlScript.Js}\n</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private void WriteHeader(StringBuilder html, Report report, string title)
    {
        var summary = report.Summary;
        html.Append("<header class=\"top\">\n").Append(ScoreGauge.Svg(summary.Score)).Append("\n<div>\n");
        html.Append($"<h1>{Escape(title)}</h1>\n");
        html.Append($"<div class=\"verdict {summary.Verdict.Id()}\" id=\"verdict\">{summary.Verdict.Title()}</div>\n");
        html.Append("<div class=\"counts\">");
        foreach (var severity in SeverityExtensions.Descending)
        {
            var count = summary.Counts.Get(severity);
            html.Append(CultureInfo.InvariantCulture, $"<span class=\"pill {severity.Id()}{(count == 0 ? " zero" : "")}\">{count} {severity.Id()}</span>");
        }
        html.Append("</div>\n<div class=\"meta\">");
        html.Append(Escape($"{report.Tool.Name} {report.Tool.Version}"));
        if (generatedAt is { } at) html.Append(Escape(at.UtcDateTime.ToString(" · yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)));
        if (report.Frameworks.Count > 0) html.Append(Escape($" · frameworks: {string.Join(", ", report.Frameworks)}"));
        html.Append("</div>\n</div>\n</header>\n");
    }

    private static void WriteScorecard(StringBuilder html, Report report)
    {
        html.Append("<section id=\"scorecard\">\n<h2>Score by category</h2>\n");
        if (report.Categories.Any(c => c.Checks.Count > 0)) html.Append(CategoryChart.Svg(report.Categories));
        else html.Append("<p class=\"empty\">No check was decided.</p>\n");
        html.Append("</section>\n");
    }

    private static void WriteFindings(StringBuilder html, Report report)
    {
        var counted = report.Findings.Where(f => f.IsCounted)
            .OrderByDescending(f => f.Severity).ToList(); // stable: keeps path/line order within a severity
        html.Append(CultureInfo.InvariantCulture,
            $"<section id=\"findings\">\n<h2>Findings (<span id=\"shown-count\">{counted.Count}</span> of {counted.Count} shown)</h2>\n");
        if (counted.Count == 0)
        {
            html.Append("<p class=\"empty\">No findings.</p>\n</section>\n");
            return;
        }
        html.Append("<div class=\"filters\"><span>Severity:</span>");
        foreach (var severity in SeverityExtensions.Descending)
            html.Append($"<label><input type=\"checkbox\" name=\"severity\" value=\"{severity.Id()}\" checked> {severity.Id()}</label>");
        html.Append("<label>Category: <select id=\"category-filter\"><option value=\"\">all</option>");
        var present = counted.Select(f => report.FindRule(f.RuleId)?.Category ?? Categories.ForRuleId(f.RuleId)).OfType<Category>().ToHashSet();
        foreach (var category in Categories.All.Where(present.Contains))
            html.Append($"<option value=\"{Escape(category.Id)}\">{Escape(category.Name)}</option>");
        html.Append("</select></label></div>\n");
        foreach (var finding in counted) HtmlFindingCard.Write(html, report, finding);
        html.Append("</section>\n");
    }

    private static void WriteChecks(StringBuilder html, Report report)
    {
        html.Append("<section id=\"checks\">\n<h2>Checks</h2>\n<table>\n<thead><tr><th>Rule</th><th>Name</th><th>Category</th><th>Severity</th><th>Status</th><th>Reason</th></tr></thead>\n<tbody>\n");
        foreach (var row in report.Categories)
        {
            foreach (var check in row.Checks)
            {
                var name = report.FindRule(check.RuleId)?.Name ?? "";
                html.Append($"<tr><td>{Escape(check.RuleId)}</td><td>{Escape(name)}</td><td>{Escape(row.Category.Name)}</td><td>{check.Severity.Id()}</td>")
                    .Append($"<td class=\"status-{check.Status.Id()}\">{check.Status.Id()}</td><td>{Escape(check.Reason)}</td></tr>\n");
            }
        }
        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void WriteClaims(StringBuilder html, Report report)
    {
        if (report.Claims is not { Count: > 0 } claims) return;
        html.Append("<section id=\"claims\">\n<h2>Claims</h2>\n")
            .Append($"<p class=\"claims-tally\">{Escape(ClaimsSummaryText.Tally(claims))}</p>\n<p class=\"claims-score\">{Escape(ClaimsSummaryText.Scores(report))}</p>\n")
            .Append("<table>\n<thead><tr><th>Line</th><th>Claim</th><th>Verdict</th><th>Checks</th><th>Evidence</th></tr></thead>\n<tbody>\n");
        foreach (var claim in claims)
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{claim.SourceLine}</td><td>{Escape(claim.Text)}</td>")
                .Append($"<td class=\"verdict-{claim.Verdict.Id()}\">{claim.Verdict.Id()}</td><td>{Escape(string.Join(", ", claim.Checks))}</td>")
                .Append($"<td>{string.Join("<br>", claim.Evidence.Select(Escape))}</td></tr>\n");
        html.Append("</tbody>\n</table>\n");
        if (report.OpenItems is { Count: > 0 } open)
        {
            html.Append("<h3>Open items the report leaves undone</h3>\n<ul class=\"open-items\">\n");
            foreach (var item in open) html.Append(CultureInfo.InvariantCulture, $"<li>{Escape(item.Text)} (line {item.SourceLine})</li>\n");
            html.Append("</ul>\n");
        }
        html.Append("</section>\n");
    }

    private static void WriteProbe(StringBuilder html, Report report)
    {
        if (report.Probe is not { } probe) return;
        html.Append("<section id=\"probe\">\n<h2>Probe</h2>\n<table>\n");
        html.Append($"<tr><th>Origin</th><td>{Escape(probe.Url)}</td></tr>\n");
        html.Append(CultureInfo.InvariantCulture, $"<tr><th>Requests sent</th><td>{probe.Requests}</td></tr>\n");
        if (probe.Observatory is { } grade)
            html.Append(CultureInfo.InvariantCulture, $"<tr><th>Header grade (HTTP Observatory v4)</th><td>{Escape(grade.Grade)} ({grade.Score})</td></tr>\n");
        html.Append("</table>\n</section>\n");
    }

    private static void WriteSuppressed(StringBuilder html, Report report)
    {
        var suppressed = report.Findings.Where(f => !f.IsCounted).ToList();
        if (suppressed.Count == 0) return;
        html.Append("<section id=\"suppressed\">\n<h2>Suppressed findings</h2>\n<table>\n<thead><tr><th>Rule</th><th>Location</th><th>Kind</th><th>Reason</th></tr></thead>\n<tbody>\n");
        foreach (var finding in suppressed)
            html.Append($"<tr><td>{Escape(finding.RuleId)}</td><td>{Escape(finding.Location?.ToString() ?? "project")}</td>")
                .Append($"<td>{(finding.Suppression!.Kind == SuppressionKind.Inline ? "inline" : "baseline")}</td><td>{Escape(finding.Suppression.Reason)}</td></tr>\n");
        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void WriteSkipped(StringBuilder html, Report report)
    {
        html.Append("<section id=\"skipped\">\n<h2>Skipped files</h2>\n");
        if (report.Skipped.Count == 0)
        {
            html.Append("<p class=\"empty\">Every file was read.</p>\n</section>\n");
            return;
        }
        html.Append("<table>\n<thead><tr><th>Path</th><th>Reason</th></tr></thead>\n<tbody>\n");
        foreach (var skipped in report.Skipped) html.Append($"<tr><td>{Escape(skipped.Path)}</td><td>{Escape(skipped.Reason)}</td></tr>\n");
        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void WriteDiagnostics(StringBuilder html, Report report)
    {
        if (report.Diagnostics.Count == 0) return;
        html.Append("<section id=\"diagnostics\">\n<h2>Scan diagnostics</h2>\n<ul>\n");
        foreach (var d in report.Diagnostics)
        {
            var where = d.Path is null ? "" : d.Line is { } line ? $"{d.Path}:{line}: " : $"{d.Path}: ";
            html.Append($"<li>{d.Kind.Id()}: {Escape(where)}{Escape(d.Message)}</li>\n");
        }
        html.Append("</ul>\n</section>\n");
    }
}
