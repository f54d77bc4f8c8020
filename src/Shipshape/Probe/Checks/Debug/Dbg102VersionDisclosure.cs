using System.Text.RegularExpressions;
using Shipshape.Model;
using Shipshape.Probe.Evidence;
using Shipshape.Probe.Observatory;
using Shipshape.Rules;

namespace Shipshape.Probe.Checks.Debug;

/// <summary>DBG102: response headers name the server or framework with its version.</summary>
public sealed partial class Dbg102VersionDisclosure : IProbeCheck
{
    private static readonly string[] DisclosingHeaders = ["Server", "X-Powered-By", "X-AspNet-Version", "X-Runtime-Version"];

    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Dbg102,
        Name: "server-version-disclosed",
        Category: Categories.Debug,
        Severity: Severity.Low,
        Confidence: Confidence.High,
        Kind: RuleKind.Dynamic,
        Summary: "Reads the `Server` and `X-Powered-By` headers of the app's page and of a 404 answer; fails when "
            + "one carries a version number (`Werkzeug/2.2.2 Python/3.11.2`, `WSGIServer/0.2 CPython/3.11.2`, "
            + "`gunicorn/19.9.0`).",
        Why: "A version tells an attacker which known vulnerabilities to try without probing for them; the "
            + "development servers that announce themselves this way (Werkzeug, Django's runserver) are also not "
            + "meant to face the internet at all.",
        Fix: "Serve the app with a production server (gunicorn, uvicorn workers) behind a proxy that drops or "
            + "rewrites `Server` (nginx `server_tokens off;`), and do not add `X-Powered-By`.",
        Examples:
        [
            new RuleExample("response headers", "http",
                Failing: "HTTP/1.1 200 OK\nServer: Werkzeug/2.2.2 Python/3.11.2",
                Passing: "HTTP/1.1 200 OK\nServer: gunicorn"),
        ],
        References:
        [
            RuleReference.Asvs("14.3.3", "The HTTP headers or any part of the HTTP response do not expose detailed version information of system components"),
            RuleReference.Cwe(497, "Exposure of Sensitive System Information to an Unauthorized Control Sphere"),
        ])
    {
        Requirement = "Response headers disclose no software versions",
    };

    public ProbePhase Phase => ProbePhase.Passive;

    public async Task<CheckOutcome> CheckAsync(ProbeCheckContext probe, CancellationToken cancellation)
    {
        var session = probe.Session;
        var responses = new List<ObservedResponse>();
        if (session.Page is { } page) responses.Add(page.Final);
        var missing = await session.GetOnceAsync(Dbg101DebuggerExposed.MissingPagePath, cancellation);
        if (missing.Response is { } answer) responses.Add(new ObservedResponse(missing.Request.Url, answer.Status, answer.Headers));
        if (responses.Count == 0) return CheckOutcome.Manual("no response to read headers from");

        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var response in responses)
        foreach (var name in DisclosingHeaders)
        {
            if (response.Headers.Combined(name) is not { } value || !Version().IsMatch(value)) continue;
            if (!reported.Add($"{name}: {value}")) continue;
            probe.Report($"{name} discloses software versions: {value}", $"{name}: {value}", ExchangeEvidence.Of(response, [name]));
        }
        return reported.Count > 0
            ? CheckOutcome.Fail()
            : CheckOutcome.Pass(string.Join("; ", DisclosingHeaders.Select(h => $"{h}: {responses[0].Headers.Combined(h) ?? "(not sent)"}")));
    }

    [GeneratedRegex(@"\d+\.\d+")]
    private static partial Regex Version();
}
