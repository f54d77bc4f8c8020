using System.CommandLine;
using Shipshape.Baselines;
using Shipshape.Cli.Rendering;
using Shipshape.Model;
using Shipshape.Reports;
using Shipshape.Rules;
using Shipshape.Scanning;
using Shipshape.Settings;

namespace Shipshape.Cli.Commands;

/// <summary><c>shipshape scan [PATH]</c>: the static audit.</summary>
public static class ScanCommand
{
    public static Command Create(CliConsole console)
    {
        var path = ProjectFolder.Argument("Project folder to audit");
        var formats = new Option<string[]>("--format") { Description = "console, json or markdown (repeatable)", Arity = ArgumentArity.ZeroOrMore };
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to FILE (format from its extension unless --format)" };
        var failOn = new Option<string?>("--fail-on") { Description = "Exit 1 on findings at or above: critical, high (default), medium, low, none" };
        var baseline = new Option<string?>("--baseline") { Description = "Ignore findings recorded in this baseline file" };
        var writeBaseline = new Option<string?>("--write-baseline") { Description = "Record this scan's findings as a baseline file (exit 0)" };
        var config = new Option<string?>("--config") { Description = "Configuration file (default: PATH/.shipshape.yml if present)" };
        var facts = new Option<bool>("--facts") { Description = "Also print the project facts the rules decided on" };

        var command = new Command("scan", "Static audit of a project folder") { path, formats, output, failOn, baseline, writeBaseline, config, facts };
        command.SetAction(parse => Run(console, new ScanArguments(
            parse.GetValue(path)!, parse.GetValue(formats) ?? [], parse.GetValue(output), parse.GetValue(failOn),
            parse.GetValue(baseline), parse.GetValue(writeBaseline), parse.GetValue(config), parse.GetValue(facts))));
        return command;
    }

    private static int Run(CliConsole console, ScanArguments args)
    {
        ProjectFolder.Require(args.Path);
        var plan = OutputPlan.Resolve(args.Formats, args.Output);
        var registry = RuleRegistry.Default;
        var settings = LoadSettings(args, registry);
        var gate = args.FailOn is null
            ? settings.FailOn ?? FailOn.Default
            : FailOn.TryParse(args.FailOn, out var parsed) ? parsed
            : throw new InputException($"--fail-on must be one of critical, high, medium, low, none (got '{args.FailOn}')");
        var known = args.Baseline is null ? ((Baseline, string)?)null : (BaselineFile.Read(args.Baseline), Path.GetFileName(args.Baseline));

        var request = new ScanRequest(args.Path, args.Path, settings, registry, known);
        var showConsole = plan.Console && (plan.FilePath is not null || plan.FileFormat is null);
        var result = console.Interactive && showConsole
            ? ScanProgressDisplay.Run(console, request)
            : Scanner.Scan(request);

        if (plan.FileFormat is { } format)
        {
            var text = ReportFormats.Create(format).Write(result.Report);
            if (plan.FilePath is { } file) AtomicFile.Write(file, text);
            else console.Out.Write(text);
        }
        if (showConsole) new ConsoleReportRenderer(console).Render(result.Report, gate);
        // Facts go to stderr when stdout carries a JSON or Markdown report, so that stays parseable.
        var stdoutTaken = plan.FileFormat is not null && plan.FilePath is null;
        if (args.Facts) new FactsRenderer(stdoutTaken ? console with { Out = console.Error } : console).Render(result.Facts);

        if (args.WriteBaseline is { } baselinePath)
        {
            var written = Baseline.From(result.Report.Findings);
            BaselineFile.Write(baselinePath, written);
            console.Error.WriteLine($"baseline written: {baselinePath} ({written.Findings.Sum(e => e.Count)} findings)");
            return ExitCodes.Success;
        }
        return result.Report.Findings.Any(gate.Fails) ? ExitCodes.FindingsAtGate : ExitCodes.Success;
    }

    private static ShipshapeSettings LoadSettings(ScanArguments args, RuleRegistry registry)
    {
        var known = registry.Rules.Select(r => r.Metadata.Id).ToHashSet();
        if (args.Config is { } explicitPath)
        {
            return File.Exists(explicitPath)
                ? SettingsLoader.Load(explicitPath, known)
                : throw new InputException($"no such config file: {explicitPath}");
        }
        var found = Path.Combine(args.Path, SettingsLoader.FileName);
        return File.Exists(found) ? SettingsLoader.Load(found, known) : ShipshapeSettings.Default;
    }

    private sealed record ScanArguments(string Path, IReadOnlyList<string> Formats, string? Output, string? FailOn,
        string? Baseline, string? WriteBaseline, string? Config, bool Facts);
}
