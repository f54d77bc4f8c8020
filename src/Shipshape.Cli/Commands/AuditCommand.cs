using System.CommandLine;
using Shipshape.Probe;
using Shipshape.Probe.Audit;
using Shipshape.Rules;
using Shipshape.Scanning;
using Shipshape.Settings;

namespace Shipshape.Cli.Commands;

/// <summary>
/// <c>shipshape audit PATH --url URL</c>: the static scan and the probe, merged into one report; the
/// static facts guide the probe, and where code and traffic disagree the report says so.
/// </summary>
public static class AuditCommand
{
    public static Command Create(CliConsole console)
    {
        var path = new Argument<string>("path") { Description = "Project folder to audit", DefaultValueFactory = _ => "." };
        var url = new Option<string>("--url") { Description = "The running app, e.g. http://127.0.0.1:5000", Required = true };
        var probe = new ProbeArguments();
        var command = new Command("audit", "Static audit and dynamic probe, merged into one report") { path, url };
        probe.AddTo(command);
        command.SetAction(parse => Run(console, parse.GetValue(path)!, probe.Read(parse, parse.GetValue(url)!)));
        return command;
    }

    private static int Run(CliConsole console, string path, ProbeRequestArguments args)
    {
        if (!Directory.Exists(path)) throw new InputException($"no such directory: {path}");
        var plan = OutputPlan.Resolve(args.Formats, args.Output);
        var registry = RuleRegistry.Default;
        var configFile = Path.Combine(path, SettingsLoader.FileName);
        var settings = File.Exists(configFile)
            ? SettingsLoader.Load(configFile, registry.Rules.Select(r => r.Metadata.Id).ToHashSet())
            : ShipshapeSettings.Default;

        var scan = Scanner.Scan(new ScanRequest(path, path, settings, registry));
        var hints = StaticProbeHints.FromFacts(scan.Facts);
        var checks = ProbeRunner.AllChecks(registry).Where(c => settings.IsEnabled(c.Metadata.Id)).ToList();
        var outcome = ProbeRunner.RunAsync(args.Options, hints, checks, severityOf: settings.SeverityOf).GetAwaiter().GetResult();
        var report = AuditMerger.Merge(scan.Report, outcome, hints);
        return ProbeCommand.Emit(console, plan, args.Gate(settings.FailOn ?? FailOn.Default), report, outcome);
    }
}
