using System.CommandLine;
using Shipshape.Cli.Rendering;
using Shipshape.Model;
using Shipshape.Reports;
using Shipshape.Reports.Docs;
using Shipshape.Rules;
using Spectre.Console;

namespace Shipshape.Cli.Commands;

/// <summary><c>shipshape rules [--write-docs DIR]</c>: list every rule, or regenerate docs/rules/ID.md pages.</summary>
public static class RulesCommand
{
    public static Command Create(CliConsole console)
    {
        var writeDocs = new Option<string?>("--write-docs") { Description = "Write one Markdown page per rule into DIR (e.g. docs/rules)" };
        var command = new Command("rules", "List every rule") { writeDocs };
        command.SetAction(parse =>
        {
            var rules = RuleRegistry.Default.Rules.Select(r => r.Metadata).ToList();
            if (parse.GetValue(writeDocs) is { } folder) return WriteDocs(console, rules, folder);
            List(console, rules);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void List(CliConsole console, IReadOnlyList<RuleMetadata> rules)
    {
        var table = new Table().Border(SpectreConsoleFactory.Border(console));
        foreach (var column in new[] { "Id", "Name", "Category", "Severity", "Kind" }) table.AddColumn(column);
        foreach (var rule in rules)
            table.AddRow(rule.Id, Markup.Escape(rule.Name), Markup.Escape(rule.Category.Name), rule.Severity.Id(),
                rule.Kind == RuleKind.Static ? "static" : "dynamic");
        SpectreConsoleFactory.Create(console).Write(table);
    }

    private static int WriteDocs(CliConsole console, IReadOnlyList<RuleMetadata> rules, string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var rule in rules) AtomicFile.Write(Path.Combine(folder, $"{rule.Id}.md"), RuleDocsWriter.Write(rule));
        console.Out.WriteLine($"wrote {rules.Count} rule pages to {folder}");
        return ExitCodes.Success;
    }
}
