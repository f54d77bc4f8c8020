using Shipshape.Model;
using Shipshape.Probe.Evidence;
using Shipshape.Rules;

namespace Shipshape.Probe.Checks.Transport;

/// <summary>HDR109: the login page is sent with Cache-Control: no-store.</summary>
public sealed class Hdr109LoginPageCacheable : IProbeCheck
{
    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Hdr109,
        Name: "login-page-cacheable",
        Category: Categories.Transport,
        Severity: Severity.Low,
        Confidence: Confidence.High,
        Kind: RuleKind.Dynamic,
        Summary: "Fetches the login page (found as for RATE101) and checks that it is sent with "
            + "`Cache-Control: no-store`; not applicable when no login page is found.",
        Why: "A login page carries a CSRF token tied to a session cookie, and the pages after it carry personal "
            + "data; without no-store, shared proxies and the browser's back button can serve them to the next "
            + "person at the same computer or behind the same cache.",
        Fix: "Flask: set `response.headers[\"Cache-Control\"] = \"no-store\"` in an `after_request` hook for "
            + "authenticated and login pages; Django: decorate the views with `@never_cache`.",
        Examples:
        [
            new RuleExample("login page", "http",
                Failing: "GET /login HTTP/1.1\n\nHTTP/1.1 200 OK\nContent-Type: text/html",
                Passing: "GET /login HTTP/1.1\n\nHTTP/1.1 200 OK\nContent-Type: text/html\nCache-Control: no-store"),
        ],
        References:
        [
            RuleReference.Asvs("8.2.1", "The application sets sufficient anti-caching headers so that sensitive data is not cached in modern browsers"),
            RuleReference.Cwe(525, "Use of Web Browser Cache Containing Sensitive Information"),
        ])
    {
        Requirement = "The login page is not cached",
    };

    public ProbePhase Phase => ProbePhase.Passive;

    public async Task<CheckOutcome> CheckAsync(ProbeCheckContext probe, CancellationToken cancellation)
    {
        var session = probe.Session;
        if (await session.LoginAsync() is not { IsApi: false } login)
            return CheckOutcome.NotApplicable("no login page with a password form found");
        var page = await session.GetOnceAsync(login.PageUrl.PathAndQuery, cancellation);
        if (page.Response is not { } response) return CheckOutcome.Manual($"the login page did not answer: {page.Error}");

        var cacheControl = response.Headers.Combined("Cache-Control");
        if (cacheControl?.Contains("no-store", StringComparison.OrdinalIgnoreCase) == true)
            return CheckOutcome.Pass($"{page.Request.Line} → Cache-Control: {cacheControl}");
        probe.Report($"the login page {login.PageUrl.PathAndQuery} may be cached (Cache-Control: {cacheControl ?? "not sent"})",
            $"{page.Request.Line} → Cache-Control: {cacheControl ?? "(not sent)"}",
            ExchangeEvidence.Of(page, responseHeaders: ["Cache-Control", "Pragma", "Expires"]));
        return CheckOutcome.Fail();
    }
}
