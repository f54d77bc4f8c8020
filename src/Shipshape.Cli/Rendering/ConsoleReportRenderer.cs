using System.Globalization;
using Shipshape.Model;
using Shipshape.Reports;
using Shipshape.Scoring;
using Shipshape.Settings;
using Spectre.Console;

namespace Shipshape.Cli.Rendering;

/// <summary>The console report: summary panel, category scorecard, then findings by severity with location, code and fix.</summary>
internal sealed class ConsoleReportRenderer(CliConsole console)
{
    private readonly IAnsiConsole _ansi = SpectreConsoleFactory.Create(console);

    public void Render(Report report, FailOn gate)
    {
        RenderSummary(report);
        RenderScorecard(report);
        RenderFindings(report);
        RenderFooter(report, gate);
    }

    private void RenderSummary(Report report)
    {
        var s = report.Summary;
        var colour = s.Verdict switch { Verdict.NotReady => "red", Verdict.ReadyWithWarnings => "yellow", _ => "green" };
        var lines = new List<string>
        {
            $"[bold {colour}]{s.Verdict.Title()}[/]   score [bold]{MarkdownText.Score(s.Score)}[/] / 10",
            string.Create(CultureInfo.InvariantCulture,
                $"critical {s.Counts.Critical} · high {s.Counts.High} · medium {s.Counts.Medium} · low {s.Counts.Low} · info {s.Counts.Info}"),
            Markup.Escape($"target {report.Target.Path ?? report.Target.Url}" +
                (report.Frameworks.Count > 0 ? $" · frameworks {string.Join(", ", report.Frameworks)}" : "")),
        };
        _ansi.Write(new Panel(new Markup(string.Join('\n', lines)))
            .Header(Markup.Escape($" {report.Tool.Name} {report.Tool.Version} "))
            .Border(SpectreConsoleFactory.Box(console)));
        _ansi.WriteLine();
    }

    private void RenderScorecard(Report report)
    {
        var table = new Table().Border(SpectreConsoleFactory.Border(console)).Title("Scorecard");
        foreach (var column in new[] { "Category", "Score", "Pass", "Fail", "Manual", "N/A" }) table.AddColumn(column);
        foreach (var row in report.Categories.Where(c => c.Checks.Count > 0))
        {
            string Count(CheckStatus status) => row.Checks.Count(c => c.Status == status).ToString(CultureInfo.InvariantCulture);
            table.AddRow(Markup.Escape(row.Category.Name), MarkdownText.Score(row.Score), Count(CheckStatus.Pass),
                Count(CheckStatus.Fail), Count(CheckStatus.Manual), Count(CheckStatus.NotApplicable));
        }
        _ansi.Write(table);
        _ansi.WriteLine();
    }

    private void RenderFindings(Report report)
    {
        var counted = report.Findings.Where(f => f.IsCounted).ToList();
        foreach (var severity in SeverityExtensions.Descending)
        {
            var group = counted.Where(f => f.Severity == severity).ToList();
            if (group.Count == 0) continue;
            _ansi.Write(new Rule(Markup.Escape($"{severity.Id().ToUpperInvariant()} ({group.Count})")).LeftJustified());
            foreach (var finding in group) RenderFinding(finding);
        }
    }

    private void RenderFinding(Finding finding)
    {
        var where = finding.Location is { } l ? (l.IsWholeFile ? l.Path : $"{l.Path}:{l.StartLine}:{l.StartColumn}") : "project";
        _ansi.MarkupLine($"[bold]{finding.RuleId}[/] {Markup.Escape(finding.Message)}");
        _ansi.MarkupLine($"  [blue]{Markup.Escape(where)}[/]");
        foreach (var line in finding.Snippet.Split('\n').Where(l => l.Length > 0))
            _ansi.MarkupLine($"  [grey]│[/] {Markup.Escape(line)}");
        _ansi.MarkupLine($"  [green]fix:[/] {Markup.Escape(finding.Fix)}");
        _ansi.WriteLine();
    }

    private void RenderFooter(Report report, FailOn gate)
    {
        var suppressed = report.Findings.Count(f => !f.IsCounted);
        if (suppressed > 0) _ansi.MarkupLine($"[grey]{suppressed} suppressed finding(s) not counted (inline comments or baseline).[/]");
        var manual = report.Checks.Where(c => c.Status == CheckStatus.Manual).ToList();
        foreach (var check in manual) _ansi.MarkupLine($"[yellow]manual[/] {check.RuleId}: {Markup.Escape(check.Reason ?? "")}");
        foreach (var skipped in report.Skipped) _ansi.MarkupLine($"[grey]skipped {Markup.Escape(skipped.Path)}: {skipped.Reason}[/]");
        foreach (var d in report.Diagnostics)
            _ansi.MarkupLine($"[grey]{d.Kind.Id()}: {Markup.Escape(d.Path ?? "")}{(d.Line is { } n ? $":{n}" : "")} {Markup.Escape(d.Message)}[/]");
        _ansi.MarkupLine($"[grey]{Markup.Escape(ScoringFormula.Text)}[/]");
        var atGate = report.Findings.Count(gate.Fails);
        _ansi.MarkupLine(gate.Threshold is null
            ? "fail-on none: exit code 0"
            : $"fail-on {gate.Id}: {atGate} finding(s) at or above it{(atGate > 0 ? " → exit 1" : "")}");
    }
}
