using System.Globalization;
using System.Text;
using Shipshape.Model;
using static Shipshape.Reports.MarkdownText;

namespace Shipshape.Reports.Markdown;

/// <summary>The "Claims Verification" section of the Markdown report, present when `verify` filled the claims.</summary>
public static class ClaimsMarkdownSection
{
    public static void Write(StringBuilder md, Report report)
    {
        if (report.Claims is not { } claims) return;
        md.Append("## Claims Verification\n\n");
        md.Append(ClaimsSummaryText.Tally(claims)).Append(".  \n");
        md.Append(Capitalised(ClaimsSummaryText.Scores(report))).Append(".\n\n");
        md.Append("| Line | Claim | Verdict | Checks | Evidence |\n|---:|---|---|---|---|\n");
        foreach (var claim in claims)
        {
            md.Append(CultureInfo.InvariantCulture,
                $"| {claim.SourceLine} | {Cell(claim.Text)} | {claim.Verdict.Id()} | {string.Join(", ", claim.Checks)} | {Cell(string.Join("; ", claim.Evidence))} |\n");
        }
        if (report.OpenItems is { Count: > 0 } open)
        {
            md.Append("\nOpen items the report itself leaves undone (unticked, not claims):\n\n");
            foreach (var item in open) md.Append(CultureInfo.InvariantCulture, $"- [ ] {item.Text} (line {item.SourceLine})\n");
        }
        md.Append("\n---\n\n");
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
