using System.CommandLine;
using System.Globalization;
using Shipshape.Cli.Rendering;
using Shipshape.Model;
using Shipshape.Probe;
using Shipshape.Reports;
using Shipshape.Rules;
using Shipshape.Settings;

namespace Shipshape.Cli.Commands;

/// <summary><c>shipshape probe URL</c>: the dynamic audit of a running app.</summary>
public static class ProbeCommand
{
    public static Command Create(CliConsole console)
    {
        var url = new Argument<string>("url") { Description = "The running app, e.g. http://127.0.0.1:5000" };
        var probe = new ProbeArguments();
        var command = new Command("probe", "Dynamic audit of a running app (only its origin; GET/HEAD/OPTIONS unless --active)") { url };
        probe.AddTo(command);
        command.SetAction(parse => Run(console, probe.Read(parse, parse.GetValue(url)!)));
        return command;
    }

    private static int Run(CliConsole console, ProbeRequestArguments args)
    {
        var plan = OutputPlan.Resolve(args.Formats, args.Output);
        var gate = args.Gate(FailOn.Default);
        var outcome = ProbeRunner.RunAsync(args.Options, ProbeHints.None, ProbeRunner.AllChecks(RuleRegistry.Default))
            .GetAwaiter().GetResult();
        return Emit(console, plan, gate, ProbeReportBuilder.Build(outcome), outcome);
    }

    /// <summary>Writes the report as planned, then the probe's own line; the exit code follows the gate.</summary>
    internal static int Emit(CliConsole console, OutputPlan plan, FailOn gate, Report report, ProbeOutcome outcome)
    {
        if (plan.FileFormat is { } format)
        {
            var text = ReportFormats.Create(format).Write(report);
            if (plan.FilePath is { } file) AtomicFile.Write(file, text);
            else console.Out.Write(text);
        }
        if (plan.Console && (plan.FilePath is not null || plan.FileFormat is null))
        {
            new ConsoleReportRenderer(console).Render(report, gate);
            console.Out.WriteLine(Summary(outcome));
        }
        return report.Findings.Any(gate.Fails) ? ExitCodes.FindingsAtGate : ExitCodes.Success;
    }

    private static string Summary(ProbeOutcome outcome)
    {
        var grade = outcome.Observatory is { } o
            ? $"HTTP Observatory grade {o.Grade} ({o.Score}): {o.Explanation}"
            : "headers not graded";
        return string.Create(CultureInfo.InvariantCulture,
            $"probe {outcome.Summary.Url}: {outcome.Summary.Requests} requests in {outcome.Elapsed.TotalSeconds:0.0} s · {grade}");
    }
}

/// <summary>The probe's options, shared by <c>probe</c> and <c>audit</c>.</summary>
internal sealed class ProbeArguments
{
    private readonly Option<bool> _active = new("--active") { Description = "Also run checks that POST (CSRF101, RATE101: at most 30 login attempts)" };
    private readonly Option<bool> _defaultCredentials = new("--try-default-credentials") { Description = "With --active: try well-known passwords on the login (AUTH102)" };
    private readonly Option<int> _maxRequests = new("--max-requests") { Description = "Request budget", DefaultValueFactory = _ => ProbeOptions.DefaultMaxRequests };
    private readonly Option<double> _timeout = new("--timeout") { Description = "Per-request timeout in seconds", DefaultValueFactory = _ => ProbeOptions.DefaultTimeout.TotalSeconds };
    private readonly Option<string?> _loginPath = new("--login-path") { Description = "The login page or endpoint, e.g. /auth/login" };
    private readonly Option<string[]> _formats = new("--format") { Description = "console, json or markdown (repeatable)", Arity = ArgumentArity.ZeroOrMore };
    private readonly Option<string?> _output = new("--output", "-o") { Description = "Write the report to FILE (format from its extension unless --format)" };
    private readonly Option<string?> _failOn = new("--fail-on") { Description = "Exit 1 on findings at or above: critical, high (default), medium, low, none" };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _active, _defaultCredentials, _maxRequests, _timeout, _loginPath, _formats, _output, _failOn })
            command.Options.Add(option);
    }

    public ProbeRequestArguments Read(ParseResult parse, string url) => new(
        ProbeOptions.Validate(url, parse.GetValue(_active), parse.GetValue(_defaultCredentials), parse.GetValue(_maxRequests),
            parse.GetValue(_timeout), parse.GetValue(_loginPath)),
        parse.GetValue(_formats) ?? [], parse.GetValue(_output), parse.GetValue(_failOn));
}

/// <summary>Parsed probe options and the common output options.</summary>
internal sealed record ProbeRequestArguments(ProbeOptions Options, IReadOnlyList<string> Formats, string? Output, string? FailOn)
{
    public FailOn Gate(FailOn fallback) =>
        FailOn is null ? fallback
        : Settings.FailOn.TryParse(FailOn, out var parsed) ? parsed
        : throw new InputException($"--fail-on must be one of critical, high, medium, low, none (got '{FailOn}')");
}
