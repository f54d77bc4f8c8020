using System.Globalization;
using System.Text;
using static Shipshape.Reports.MarkdownText;

namespace Shipshape.Diff;

/// <summary>The diff as Markdown: the seeds' "Before | After | Status" scorecard, then the findings resolved and new.</summary>
public static class DiffMarkdownWriter
{
    public static string Write(ReportDiff diff)
    {
        var md = new StringBuilder();
        md.Append("# Readiness Diff\n\n");
        md.Append("**Before:** ").Append(diff.BeforeName).Append("  \n**After:** ").Append(diff.AfterName).Append("\n\n");
        md.Append(CultureInfo.InvariantCulture,
            $"**Overall score:** {Score(diff.ScoreBefore)} → {Score(diff.ScoreAfter)} / 10  \n**Verdict:** {diff.VerdictBefore} → {diff.VerdictAfter}\n\n");

        md.Append("## Scorecard\n\n| Category | Before | After | Status | Failing before | Failing after |\n|---|---:|---:|---|---|---|\n");
        foreach (var row in diff.Categories)
            md.Append(CultureInfo.InvariantCulture,
                $"| {Cell(row.Name)} | {Score(row.Before)} | {Score(row.After)} | **{row.Status.Title()}** | {Checks(row.FailingBefore)} | {Checks(row.FailingAfter)} |\n");
        md.Append('\n').Append(CategoryStatusExtensions.Definitions).Append("\n\n");

        WriteFindings(md, "Findings resolved", diff.Resolved);
        WriteFindings(md, "New findings", diff.New);
        return md.ToString();
    }

    private static void WriteFindings(StringBuilder md, string title, IReadOnlyList<FindingChange> changes)
    {
        md.Append(CultureInfo.InvariantCulture, $"## {title} ({changes.Sum(c => c.Occurrences)})\n\n");
        if (changes.Count == 0)
        {
            md.Append("None.\n\n");
            return;
        }
        md.Append("| Rule | Severity | Location | Message | Occurrences |\n|---|---|---|---|---:|\n");
        foreach (var change in changes)
            md.Append(CultureInfo.InvariantCulture,
                $"| {change.Rule} | {change.Severity} | {Cell(change.Location)} | {Cell(change.Message)} | {change.Occurrences} |\n");
        md.Append('\n');
    }

    private static string Checks(IReadOnlyList<string> rules) => rules.Count == 0 ? "—" : string.Join(", ", rules);
}
