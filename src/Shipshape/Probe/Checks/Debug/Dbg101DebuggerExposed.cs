using Shipshape.Model;
using Shipshape.Probe.Evidence;
using Shipshape.Probe.Http;
using Shipshape.Rules;

namespace Shipshape.Probe.Checks.Debug;

/// <summary>DBG101: a debugger or stack trace is reachable without knowing a crashing route.</summary>
public sealed class Dbg101DebuggerExposed : IProbeCheck
{
    /// <summary>A path no app serves: its 404 shows whether error pages are the framework's debug pages.</summary>
    public const string MissingPagePath = "/shipshape-probe-missing-page";

    /// <summary>Where debuggers answer: Werkzeug's console and its resource endpoint (served by the debug middleware for any path).</summary>
    private static readonly string[] DebuggerPaths = ["/console", "/?__debugger__=yes&cmd=resource&f=debugger.js"];

    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Dbg101,
        Name: "debugger-or-traceback-exposed",
        Category: Categories.Debug,
        Severity: Severity.Critical,
        Confidence: Confidence.High,
        Kind: RuleKind.Dynamic,
        Summary: "Looks for a debugger or debug error page without needing a route that crashes: requests "
            + "Werkzeug's `/console` and its `?__debugger__=yes&cmd=resource` endpoint (answered by the debug "
            + "middleware whatever the route), a page that does not exist (Django's technical 404 appears when "
            + "DEBUG is on), and reads the app's page; fails on a debugger, a technical error page or a Python "
            + "traceback in any of them.",
        Why: "The Werkzeug debugger runs Python typed into the browser (the PIN is the only barrier, and it can be "
            + "derived from information the app leaks); Django's debug pages list settings, URL patterns, local "
            + "variables and source code. Either hands an attacker the server.",
        Fix: "Never run with debug on in production: `app.run()` without `debug=True` under gunicorn/uwsgi "
            + "(Flask), `DEBUG = False` from the environment (Django), `FastAPI(debug=False)`; serve custom error "
            + "pages.",
        Examples:
        [
            new RuleExample("Werkzeug console", "http",
                Failing: "GET /console HTTP/1.1\n\nHTTP/1.1 200 OK\n<title>Console // Werkzeug Debugger</title>",
                Passing: "GET /console HTTP/1.1\n\nHTTP/1.1 404 Not Found"),
        ],
        References:
        [
            RuleReference.Asvs("14.3.2", "Web or application server and application framework debug modes are disabled in production"),
            RuleReference.Cwe(489, "Active Debug Code"),
            RuleReference.Cwe(215, "Insertion of Sensitive Information Into Debugging Code"),
            new RuleReference("Werkzeug: Debugging Applications", "https://werkzeug.palletsprojects.com/en/stable/debug/"),
        ])
    {
        Requirement = "No debugger or stack trace is reachable",
    };

    public ProbePhase Phase => ProbePhase.Passive;

    public async Task<CheckOutcome> CheckAsync(ProbeCheckContext probe, CancellationToken cancellation)
    {
        var session = probe.Session;
        var exchanges = await Task.WhenAll(DebuggerPaths.Append(MissingPagePath)
            .Select(path => session.GetOnceAsync(path, cancellation)));

        var looked = new List<string>();
        var signatures = new HashSet<string>(StringComparer.Ordinal); // one finding per kind of debug page
        var found = 0;
        foreach (var exchange in exchanges)
        {
            if (exchange.Response is not { } response) continue;
            looked.Add($"{exchange.Request.Line} → {response.Status}");
            if (DebugPageSignature.Match(response.Body) is not { } signature || !signatures.Add(signature.Name)) continue;
            found++;
            probe.Report($"{signature.Name} answered at {exchange.Request.Url.PathAndQuery}",
                $"{exchange.Request.Line} → {response.Status} ({signature.Name})",
                ExchangeEvidence.Of(exchange, responseHeaders: ["Content-Type", "Server"], around: signature.Markers[0]));
        }
        if (session.Page is { } page && DebugPageSignature.Match(page.Body) is { } onPage && signatures.Add(onPage.Name))
        {
            found++;
            probe.Report($"the app's page shows a {onPage.Name}", $"GET {page.Final.Url.PathAndQuery} → {page.Final.Status} ({onPage.Name})",
                HttpEvidence.Create("GET", page.Final.Url.AbsoluteUri, [], page.Final.Status, [],
                    ExchangeEvidence.Excerpt(page.Body, onPage.Markers[0])));
        }

        if (found > 0) return CheckOutcome.Fail();
        if (looked.Count == 0) return CheckOutcome.Manual("none of the debugger probes got an answer");
        return CheckOutcome.Pass($"no debugger or debug page: {string.Join(", ", looked)}");
    }
}
