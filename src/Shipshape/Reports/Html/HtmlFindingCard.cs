using System.Globalization;
using System.Text;
using Shipshape.Model;
using static Shipshape.Reports.Html.HtmlText;

namespace Shipshape.Reports.Html;

/// <summary>One finding as a card: severity, rule, location, message, code, evidence (code, HTTP exchange, notes) and fix.</summary>
internal static class HtmlFindingCard
{
    public static void Write(StringBuilder html, Report report, Finding finding)
    {
        var rule = report.FindRule(finding.RuleId);
        var category = rule?.Category.Id ?? Categories.ForRuleId(finding.RuleId)?.Id ?? "";
        var severity = finding.Severity.Id();
        html.Append($"<article class=\"finding {severity}\" data-severity=\"{severity}\" data-category=\"{Escape(category)}\">\n");
        html.Append($"  <h3><span class=\"pill {severity}\">{severity}</span> {Escape(finding.RuleId)} · {Escape(MarkdownText.Title(rule?.Name ?? finding.RuleId))}</h3>\n");
        html.Append($"  <div class=\"where\">{Escape(finding.Location?.ToString() ?? "project")} · confidence {finding.Confidence.Id()}</div>\n");
        html.Append($"  <p class=\"message\">{Escape(finding.Message)}</p>\n");
        if (finding.Snippet.Length > 0) html.Append($"  <pre><code>{Escape(finding.Snippet)}</code></pre>\n");
        WriteEvidence(html, finding.Evidence);
        html.Append($"  <p class=\"fix\"><strong>Fix:</strong> {Escape(finding.Fix)}</p>\n");
        html.Append("</article>\n");
    }

    private static void WriteEvidence(StringBuilder html, IReadOnlyList<Evidence> evidence)
    {
        if (evidence.Count == 0) return;
        html.Append("  <ul class=\"evidence\">\n");
        foreach (var item in evidence)
        {
            switch (item)
            {
                case CodeEvidence code:
                    html.Append($"    <li>See {Escape(code.Location.ToString())}<pre><code>{Escape(code.Snippet)}</code></pre></li>\n");
                    break;
                case HttpEvidence http:
                    WriteExchange(html, http);
                    break;
                case NoteEvidence note:
                    html.Append($"    <li>{Escape(note.Text)}</li>\n");
                    break;
            }
        }
        html.Append("  </ul>\n");
    }

    private static void WriteExchange(StringBuilder html, HttpEvidence http)
    {
        var status = http.Status?.ToString(CultureInfo.InvariantCulture) ?? "no answer";
        html.Append($"    <li><details><summary><code>{Escape(http.Method)} {Escape(http.Url)}</code> → {status}</summary><pre><code>");
        html.Append(Escape($"{http.Method} {http.Url}\n"));
        foreach (var header in http.RequestHeaders) html.Append(Escape($"{header.Name}: {header.Value}\n"));
        html.Append(Escape($"\nHTTP {status}\n"));
        foreach (var header in http.ResponseHeaders) html.Append(Escape($"{header.Name}: {header.Value}\n"));
        if (http.BodyExcerpt is { } body) html.Append('\n').Append(Escape(body));
        html.Append("</code></pre></details></li>\n");
    }
}
