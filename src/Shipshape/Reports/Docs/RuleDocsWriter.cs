using System.Text;
using Shipshape.Model;
using static Shipshape.Reports.MarkdownText;

namespace Shipshape.Reports.Docs;

/// <summary>
/// A rule's documentation page (docs/rules/ID.md, and the text of `shipshape explain ID`), in Ruff's
/// sections, generated from its metadata only, so the page cannot say something the rule does not.
/// </summary>
public static class RuleDocsWriter
{
    public static string Write(RuleMetadata rule)
    {
        var md = new StringBuilder();
        md.Append("# ").Append(rule.Id).Append(": ").Append(rule.Name).Append("\n\n");
        md.Append("| Category | Severity | Confidence | Kind |\n|---|---|---|---|\n");
        md.Append("| ").Append(Cell(rule.Category.Name)).Append(" | ").Append(rule.Severity.Id()).Append(" | ")
          .Append(rule.Confidence.Id()).Append(" | ").Append(rule.Kind == RuleKind.Static ? "static" : "dynamic").Append(" |\n\n");
        if (rule.Requirement.Length > 0) md.Append("**Passing means:** ").Append(rule.Requirement).Append("\n\n");
        md.Append("## What it does\n\n").Append(rule.Summary).Append("\n\n");
        md.Append("## Why is this bad?\n\n").Append(rule.Why).Append("\n\n");
        md.Append("## Example\n\n");
        foreach (var example in rule.Examples)
        {
            if (rule.Examples.Count > 1) md.Append("### ").Append(example.Title).Append("\n\n");
            md.Append(Fence(example.Language, example.Failing)).Append('\n');
        }
        md.Append("## Use instead\n\n").Append(rule.Fix).Append("\n\n");
        foreach (var example in rule.Examples)
        {
            if (rule.Examples.Count > 1) md.Append("### ").Append(example.Title).Append("\n\n");
            md.Append(Fence(example.Language, example.Passing)).Append('\n');
        }
        md.Append("## References\n\n");
        foreach (var reference in rule.References) md.Append("- [").Append(reference.Title).Append("](").Append(reference.Url).Append(")\n");
        return md.ToString();
    }
}
