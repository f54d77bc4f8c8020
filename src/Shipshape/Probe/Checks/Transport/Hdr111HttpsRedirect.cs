using Shipshape.Model;
using Shipshape.Probe.Evidence;
using Shipshape.Probe.Observatory;
using Shipshape.Rules;

namespace Shipshape.Probe.Checks.Transport;

/// <summary>HDR111: where https is served, plain http redirects to it.</summary>
public sealed class Hdr111HttpsRedirect : IProbeCheck
{
    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Hdr111,
        Name: "http-redirects-to-https",
        Category: Categories.Transport,
        Severity: Severity.High,
        Confidence: Confidence.High,
        Kind: RuleKind.Dynamic,
        Summary: "When the host serves https, requests the same page over plain http and checks that the first "
            + "answer redirects to https on the same host (the HTTP Observatory's redirection test). Not applicable "
            + "when the host serves no https (the probe cannot tell a TLS proxy in front from none).",
        Why: "If http still serves the app, links, bookmarks and typed addresses keep using it: credentials and "
            + "session cookies cross the network in clear text, and HSTS never gets a chance to be set.",
        Fix: "Redirect at the TLS proxy, or in the app: Flask-Talisman's `force_https=True` (behind a proxy add "
            + "`ProxyFix` so the scheme is known), Django's `SECURE_SSL_REDIRECT = True` with "
            + "`SECURE_PROXY_SSL_HEADER`, Starlette's `HTTPSRedirectMiddleware`.",
        Examples:
        [
            new RuleExample("http request", "http",
                Failing: "GET / HTTP/1.1\nHost: app.example.com\n\nHTTP/1.1 200 OK",
                Passing: "GET / HTTP/1.1\nHost: app.example.com\n\nHTTP/1.1 301 Moved Permanently\nLocation: https://app.example.com/"),
        ],
        References:
        [
            RuleReference.Asvs("9.1.1", "TLS is used for all client connectivity, and does not fall back to insecure or unencrypted communications"),
            RuleReference.Cwe(319, "Cleartext Transmission of Sensitive Information"),
            new RuleReference("MDN: HTTP redirection to HTTPS",
                "https://developer.mozilla.org/en-US/docs/Web/Security/Practical_implementation_guides/TLS#http_redirection"),
        ])
    {
        Requirement = "Plain http redirects to https",
    };

    public ProbePhase Phase => ProbePhase.Passive;

    public Task<CheckOutcome> CheckAsync(ProbeCheckContext probe, CancellationToken cancellation)
    {
        var input = probe.Session.ObservatoryInput;
        if (input.Https is null)
            return Task.FromResult(CheckOutcome.NotApplicable($"https is not served at {probe.Session.Scope.Target.Host}"));
        if (input.Http is not { } http)
            return Task.FromResult(CheckOutcome.Pass("plain http is not served"));

        var result = RedirectionTest.Run(input, ObservedPage.None);
        if (result.Modifier >= 0) return Task.FromResult(CheckOutcome.Pass(result.Data));

        var first = http.Route[0];
        var problem = result.Result switch
        {
            "redirection-missing" => "plain http serves the page instead of redirecting to https",
            "redirection-not-to-https" => "plain http redirects, but never to https",
            "redirection-not-to-https-on-initial-redirection" => "plain http redirects to another http URL before https",
            "redirection-off-host-from-http" => "plain http redirects to https on another host",
            _ => "the https redirect's certificate does not verify",
        };
        probe.Report($"{problem}: {result.Data}", $"GET {first.Url} → {first.Status}", ExchangeEvidence.Of(first, ["Location"]));
        return Task.FromResult(CheckOutcome.Fail(result.Result));
    }
}
