using System.Globalization;
using Shipshape.Diff;
using Shipshape.Reports;
using Spectre.Console;

namespace Shipshape.Cli.Rendering;

/// <summary>The diff on the console: overall score line, the Before | After | Status table, then findings resolved and new.</summary>
internal sealed class DiffConsoleRenderer(CliConsole console)
{
    private readonly IAnsiConsole _ansi = SpectreConsoleFactory.Create(console);

    public void Render(ReportDiff diff)
    {
        _ansi.MarkupLine(Markup.Escape($"before {diff.BeforeName} · after {diff.AfterName}"));
        _ansi.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"overall score [bold]{MarkdownText.Score(diff.ScoreBefore)}[/] → [bold]{MarkdownText.Score(diff.ScoreAfter)}[/] / 10 · verdict {diff.VerdictBefore} → {diff.VerdictAfter}"));
        _ansi.WriteLine();

        var table = new Table().Border(SpectreConsoleFactory.Border(console)).Title("Before | After");
        foreach (var column in new[] { "Category", "Before", "After", "Status", "Failing after" }) table.AddColumn(column);
        foreach (var row in diff.Categories)
            table.AddRow(Markup.Escape(row.Name), MarkdownText.Score(row.Before), MarkdownText.Score(row.After),
                $"[{Colour(row.Status)}]{row.Status.Title()}[/]", Markup.Escape(string.Join(", ", row.FailingAfter)));
        _ansi.Write(table);
        _ansi.WriteLine();

        RenderFindings("Findings resolved", diff.Resolved);
        RenderFindings("New findings", diff.New);
    }

    private void RenderFindings(string title, IReadOnlyList<FindingChange> changes)
    {
        var total = changes.Sum(c => c.Occurrences);
        if (changes.Count == 0)
        {
            _ansi.MarkupLine(Markup.Escape($"{title}: none"));
            return;
        }
        var table = new Table().Border(SpectreConsoleFactory.Border(console)).Title(Markup.Escape($"{title} ({total})"));
        foreach (var column in new[] { "Rule", "Severity", "Location", "Message", "×" }) table.AddColumn(column);
        foreach (var change in changes)
            table.AddRow(change.Rule, change.Severity, Markup.Escape(change.Location), Markup.Escape(change.Message),
                change.Occurrences.ToString(CultureInfo.InvariantCulture));
        _ansi.Write(table);
        _ansi.WriteLine();
    }

    private static string Colour(CategoryStatus status) => status switch
    {
        CategoryStatus.Regressed => "red",
        CategoryStatus.Fixed => "green",
        CategoryStatus.Improved => "green",
        _ => "grey",
    };
}
