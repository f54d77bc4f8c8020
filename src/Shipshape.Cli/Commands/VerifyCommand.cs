using System.CommandLine;
using Shipshape.Claims;
using Shipshape.Cli.Rendering;
using Shipshape.Reports;
using Shipshape.Rules;
using Shipshape.Scanning;
using Shipshape.Settings;

namespace Shipshape.Cli.Commands;

/// <summary>
/// <c>shipshape verify REPORT.md [--repo PATH]</c>: scans the project a readiness report describes
/// and answers each of its claims. Exit 1 when any claim is contradicted.
/// </summary>
public static class VerifyCommand
{
    public static Command Create(CliConsole console)
    {
        var report = new Argument<string>("report") { Description = "The readiness report (Markdown) whose claims to check" };
        var repo = new Option<string?>("--repo") { Description = "Project folder the report describes (default: the report's folder)" };
        var formats = new Option<string[]>("--format") { Description = "console, json or markdown (repeatable)", Arity = ArgumentArity.ZeroOrMore };
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to FILE (format from its extension unless --format)" };

        var command = new Command("verify", "Check each claim of a readiness report against the code") { report, repo, formats, output };
        command.SetAction(parse => Run(console, parse.GetValue(report)!, parse.GetValue(repo), parse.GetValue(formats) ?? [], parse.GetValue(output)));
        return command;
    }

    private static int Run(CliConsole console, string reportPath, string? repoPath, IReadOnlyList<string> formats, string? output)
    {
        var markdown = ReadinessReportFile.Read(reportPath);
        var root = ProjectFolder.Require(repoPath ?? Path.GetDirectoryName(Path.GetFullPath(reportPath))!);
        var plan = OutputPlan.Resolve(formats, output);

        var registry = RuleRegistry.Default;
        var scan = Scanner.Scan(new ScanRequest(root, repoPath ?? root, Settings(root, registry), registry));
        var verification = ClaimsVerification.Run(markdown, scan.Report, scan.Facts, probed: false);
        var verified = scan.Report with { Claims = verification.Claims };

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

    /// <summary>The project's own .shipshape.yml when it has one: its thresholds shape the checks the claims rest on.</summary>
    private static ShipshapeSettings Settings(string root, RuleRegistry registry)
    {
        var file = Path.Combine(root, SettingsLoader.FileName);
        return File.Exists(file) ? SettingsLoader.Load(file, registry.Rules.Select(r => r.Metadata.Id).ToHashSet()) : ShipshapeSettings.Default;
    }
}
