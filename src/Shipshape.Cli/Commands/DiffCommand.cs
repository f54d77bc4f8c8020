using System.CommandLine;
using Shipshape.Cli.Rendering;
using Shipshape.Diff;
using Shipshape.Reports;

namespace Shipshape.Cli.Commands;

/// <summary>
/// <c>shipshape diff BEFORE.json AFTER.json</c>: the measured before/after scorecard. The console
/// table by default; <c>--format markdown</c> prints Markdown instead; <c>-o FILE</c> writes the
/// Markdown to FILE (and keeps the console table on stdout).
/// </summary>
public static class DiffCommand
{
    public static Command Create(CliConsole console)
    {
        var before = new Argument<string>("before") { Description = "JSON report of the earlier scan (shipshape scan --format json)" };
        var after = new Argument<string>("after") { Description = "JSON report of the later scan" };
        var format = new Option<string>("--format") { Description = "console (default) or markdown", DefaultValueFactory = _ => ReportFormats.Console };
        var output = new Option<string?>("--output", "-o") { Description = "Write the Markdown diff to FILE" };
        var failOnRegression = new Option<bool>("--fail-on-regression") { Description = "Exit 1 when a category regressed or the overall score went down" };

        var command = new Command("diff", "Compare two JSON reports: per category Before | After | Status, findings resolved and new")
        {
            before, after, format, output, failOnRegression,
        };
        command.SetAction(parse =>
        {
            var markdown = parse.GetValue(format) switch
            {
                ReportFormats.Console => false,
                "markdown" => true,
                var other => throw new InputException($"diff --format must be console or markdown (got '{other}')"),
            };
            var beforePath = parse.GetValue(before)!;
            var afterPath = parse.GetValue(after)!;
            var diff = ReportDiff.Compute(ReportFileReader.Read(beforePath), ReportFileReader.Read(afterPath), beforePath, afterPath);

            if (parse.GetValue(output) is { } file) AtomicFile.Write(file, DiffMarkdownWriter.Write(diff));
            if (markdown && parse.GetValue(output) is null) console.Out.Write(DiffMarkdownWriter.Write(diff));
            else new DiffConsoleRenderer(console).Render(diff);

            return parse.GetValue(failOnRegression) && diff.HasRegression ? ExitCodes.FindingsAtGate : ExitCodes.Success;
        });
        return command;
    }
}
