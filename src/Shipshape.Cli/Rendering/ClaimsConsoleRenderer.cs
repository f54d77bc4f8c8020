using System.Globalization;
using Shipshape.Claims;
using Shipshape.Model;
using Shipshape.Reports;
using Spectre.Console;

namespace Shipshape.Cli.Rendering;

/// <summary>The console answer of `verify`: one row per claim with its report line, verdict and evidence, then the tally and the scores.</summary>
internal sealed class ClaimsConsoleRenderer(CliConsole console)
{
    private readonly IAnsiConsole _ansi = SpectreConsoleFactory.Create(console);

    public void Render(string reportPath, ClaimsVerification verification, Report report)
    {
        var table = new Table().Border(SpectreConsoleFactory.Border(console)).Title(Markup.Escape($"Claims of {reportPath}"));
        foreach (var column in new[] { "Line", "Claim", "Verdict", "Evidence" }) table.AddColumn(column);
        foreach (var claim in verification.Claims)
        {
            table.AddRow(
                claim.SourceLine.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(claim.Text),
                $"[{Colour(claim.Verdict)}]{claim.Verdict.Id()}[/]",
                Markup.Escape(string.Join("\n", claim.Evidence)));
        }
        _ansi.Write(table);
        _ansi.WriteLine();

        var claims = verification.Claims;
        _ansi.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"{claims.Count} claims: [green]{verification.Count(ClaimVerdict.Verified)} verified[/], [red]{verification.Count(ClaimVerdict.Contradicted)} contradicted[/], [yellow]{verification.Count(ClaimVerdict.Unverifiable)} unverifiable[/]"));
        if (verification.OpenItems.Count > 0)
            _ansi.MarkupLine($"{verification.OpenItems.Count} open checklist item(s) the report itself leaves undone");
        _ansi.MarkupLine(Markup.Escape(ClaimsSummaryText.Scores(report)));
    }

    private static string Colour(ClaimVerdict verdict) => verdict switch
    {
        ClaimVerdict.Verified => "green",
        ClaimVerdict.Contradicted => "red",
        _ => "yellow",
    };
}
