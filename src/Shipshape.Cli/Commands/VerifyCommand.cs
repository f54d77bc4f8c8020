using System.CommandLine;
using Shipshape.Claims;
using Shipshape.Cli.Rendering;
using Shipshape.Probe;
using Shipshape.Probe.Audit;
using Shipshape.Reports;
using Shipshape.Rules;
using Shipshape.Scanning;
using Shipshape.Settings;

namespace Shipshape.Cli.Commands;

/// <summary>
/// <c>shipshape verify REPORT.md [--repo PATH] [--url URL]</c>: scans the project a readiness report
/// describes (and probes the running app when given its URL, passively) and answers each of its
/// claims. Exit 1 when any claim is contradicted.
/// </summary>
public static class VerifyCommand
{
    public static Command Create(CliConsole console)
    {
        var report = new Argument<string>("report") { Description = "The readiness report (Markdown) whose claims to check" };
        var repo = new Option<string?>("--repo") { Description = "Project folder the report describes (default: the report's folder)" };
        var formats = new Option<string[]>("--format") { Description = $"console, {ReportFormats.FileFormatList} (repeatable)", Arity = ArgumentArity.ZeroOrMore };
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to FILE (format from its extension unless --format)" };
        var url = new Option<string?>("--url") { Description = "The running app, probed (safe methods only) to decide runtime claims" };

        var command = new Command("verify", "Check each claim of a readiness report against the code") { report, repo, url, formats, output };
        command.SetAction(parse => Run(console, parse.GetValue(report)!, parse.GetValue(repo), parse.GetValue(url), parse.GetValue(formats) ?? [], parse.GetValue(output)));
        return command;
    }

    private static int Run(CliConsole console, string reportPath, string? repoPath, string? url, IReadOnlyList<string> formats, string? output)
    {
        var markdown = ReadinessReportFile.Read(reportPath);
        var root = ProjectFolder.Require(repoPath ?? Path.GetDirectoryName(Path.GetFullPath(reportPath))!);
        var plan = OutputPlan.Resolve(formats, output);
        var probeOptions = url is null ? null
            : ProbeOptions.Validate(url, active: false, tryDefaultCredentials: false, ProbeOptions.DefaultMaxRequests, ProbeOptions.DefaultTimeout.TotalSeconds, loginPath: null);

        var registry = RuleRegistry.Default;
        var settings = Settings(root, registry);
        var scan = Scanner.Scan(new ScanRequest(root, repoPath ?? root, settings, registry));
        var audited = probeOptions is null ? scan.Report : Probe(scan, probeOptions, settings, registry);
        var verification = ClaimsVerification.Run(markdown, audited, scan.Facts, probed: probeOptions is not null);
        var verified = verification.AddTo(audited);

        if (plan.FileFormat is { } format)
        {
            var text = ReportFormats.Create(format).Write(verified);
            if (plan.FilePath is { } file) AtomicFile.Write(file, text);
            else console.Out.Write(text);
        }
        if (plan.Console && (plan.FilePath is not null || plan.FileFormat is null))
            new ClaimsConsoleRenderer(console).Render(reportPath, verification, verified);
        return verification.Count(Model.ClaimVerdict.Contradicted) > 0 ? ExitCodes.FindingsAtGate : ExitCodes.Success;
    }

    /// <summary>The passive probe, guided by the scan's facts and merged into its report, as `audit` does.</summary>
    private static Model.Report Probe(ScanResult scan, ProbeOptions options, ShipshapeSettings settings, RuleRegistry registry)
    {
        var hints = StaticProbeHints.FromFacts(scan.Facts);
        var checks = ProbeRunner.AllChecks(registry).Where(c => settings.IsEnabled(c.Metadata.Id)).ToList();
        var outcome = ProbeRunner.RunAsync(options, hints, checks, severityOf: settings.SeverityOf).GetAwaiter().GetResult();
        return AuditMerger.Merge(scan.Report, outcome, hints);
    }

    /// <summary>The project's own .shipshape.yml when it has one: its thresholds shape the checks the claims rest on.</summary>
    private static ShipshapeSettings Settings(string root, RuleRegistry registry)
    {
        var file = Path.Combine(root, SettingsLoader.FileName);
        return File.Exists(file) ? SettingsLoader.Load(file, registry.Rules.Select(r => r.Metadata.Id).ToHashSet()) : ShipshapeSettings.Default;
    }
}
