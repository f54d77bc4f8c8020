using Shipshape.Model;
using Shipshape.Probe.Evidence;
using Shipshape.Probe.Http;
using Shipshape.Probe.Observatory;
using Shipshape.Rules;

namespace Shipshape.Probe.Checks.Cors;

/// <summary>CORS101: the app grants cross-origin access to an origin it cannot know, or to "*" with credentials.</summary>
public sealed class Cors101OriginReflected : IProbeCheck
{
    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Cors101,
        Name: "cors-origin-reflected",
        Category: Categories.Cors,
        Severity: Severity.High,
        Confidence: Confidence.High,
        Kind: RuleKind.Dynamic,
        Summary: "Sends a preflight (OPTIONS) and a plain GET with `Origin: " + ObservatoryRetriever.ForeignOrigin + "`, an "
            + "origin the app cannot have on an allow-list; fails when `Access-Control-Allow-Origin` echoes it, or is `*` "
            + "together with `Access-Control-Allow-Credentials: true`.",
        Why: "An echoed origin with credentials lets any website the user visits call the API with the user's "
            + "cookies and read the answers (their data, CSRF tokens); without credentials it still exposes whatever "
            + "the network position of the browser can reach (intranet apps).",
        Fix: "List the origins that may call the API: Flask-CORS `CORS(app, origins=[\"https://app.example.com\"], "
            + "supports_credentials=True)`, Starlette `CORSMiddleware(allow_origins=[\"https://app.example.com\"], "
            + "allow_credentials=True)`, django-cors-headers `CORS_ALLOWED_ORIGINS`; never `*` or a reflected origin "
            + "with credentials.",
        Examples:
        [
            new RuleExample("preflight", "http",
                Failing: "OPTIONS / HTTP/1.1\nOrigin: https://evil.example\n\nHTTP/1.1 200 OK\nAccess-Control-Allow-Origin: https://evil.example\nAccess-Control-Allow-Credentials: true",
                Passing: "OPTIONS / HTTP/1.1\nOrigin: https://evil.example\n\nHTTP/1.1 200 OK"),
        ],
        References:
        [
            RuleReference.Asvs("14.5.3", "The CORS Access-Control-Allow-Origin header uses a strict allow list of trusted domains"),
            RuleReference.Cwe(942, "Permissive Cross-domain Policy with Untrusted Domains"),
            new RuleReference("MDN: CORS implementation guide", "https://developer.mozilla.org/en-US/docs/Web/Security/Practical_implementation_guides/CORS"),
        ])
    {
        Requirement = "CORS does not grant access to arbitrary origins",
    };

    private static readonly string[] RequestHeaders = ["Origin", "Access-Control-Request-Method"];
    private static readonly string[] ResponseHeaders = ["Access-Control-Allow-Origin", "Access-Control-Allow-Credentials"];

    public ProbePhase Phase => ProbePhase.Passive;

    public async Task<CheckOutcome> CheckAsync(ProbeCheckContext probe, CancellationToken cancellation)
    {
        var session = probe.Session;
        var url = session.Page?.Final.Url ?? session.Scope.Target;
        var origin = new HttpHeader("Origin", ObservatoryRetriever.ForeignOrigin);
        var preflight = await session.Client.SendAsync(new ProbeRequest(HttpMethod.Options, url,
            new HeaderList([origin, new HttpHeader("Access-Control-Request-Method", "GET")])), cancellation: cancellation);
        var simple = await session.Client.SendAsync(ProbeRequest.Get(url, origin), cancellation: cancellation);

        var answered = new[] { preflight, simple }.Where(e => e.Answered).ToList();
        if (answered.Count == 0) return CheckOutcome.Manual($"no answer to the CORS requests: {preflight.Error}");

        var failed = false;
        foreach (var exchange in answered)
        {
            var headers = exchange.Response!.Headers;
            var allowOrigin = headers.Combined("Access-Control-Allow-Origin")?.Trim();
            var credentials = string.Equals(headers.Combined("Access-Control-Allow-Credentials")?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
            string? problem = allowOrigin switch
            {
                ObservatoryRetriever.ForeignOrigin when credentials => "echoes any Origin and allows credentials: any site can read answers with the user's cookies",
                ObservatoryRetriever.ForeignOrigin => "echoes any Origin in Access-Control-Allow-Origin",
                "*" when credentials => "allows every origin (*) together with credentials",
                _ => null,
            };
            if (problem is null) continue;
            failed = true;
            probe.Report($"{exchange.Request.Method} {exchange.Request.Url.PathAndQuery} {problem}",
                $"{exchange.Request.Method} with Origin → Access-Control-Allow-Origin: {allowOrigin}{(credentials ? ", Allow-Credentials: true" : "")}",
                ExchangeEvidence.Of(exchange, RequestHeaders, ResponseHeaders));
        }
        if (failed) return CheckOutcome.Fail();
        var granted = answered.Select(e => e.Response!.Headers.Combined("Access-Control-Allow-Origin")).FirstOrDefault(v => v is not null);
        return CheckOutcome.Pass(granted is null ? "no Access-Control-Allow-Origin for a foreign Origin" : $"Access-Control-Allow-Origin: {granted}");
    }
}
