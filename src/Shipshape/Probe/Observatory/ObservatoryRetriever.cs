using Shipshape.Model;
using Shipshape.Probe.Http;

namespace Shipshape.Probe.Observatory;

/// <summary>
/// Fetches what the Observatory grades, through the probe's client: the target page over http and
/// over https (each followed through its redirects with its own cookie jar), then a CORS preflight
/// on the graded page. A certificate that does not verify is retried without verification and
/// marked, so the grade can say "invalid certificate" as the Observatory does.
/// </summary>
public sealed class ObservatoryRetriever(ProbeClient client)
{
    /// <summary>The Accept header the Observatory sends, so content negotiation picks the same page.</summary>
    public const string Accept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    /// <summary>The Origin of the preflight: any origin the app cannot know.</summary>
    public const string ForeignOrigin = "https://shipshape-probe.example";

    public async Task<ObservatoryInput> RetrieveAsync(CancellationToken cancellation = default)
    {
        var scope = client.Scope;
        var (httpUrl, httpsUrl) = scope.Target.Scheme == Uri.UriSchemeHttps
            ? (scope.SchemeCounterpart, scope.Target)
            : (scope.Target, scope.SchemeCounterpart);
        // One port speaks either plain http or TLS: when the counterpart is on the target's own port, it
        // cannot be served, and asking would only stall servers that read a TLS hello as a request line.
        var counterpartOnSamePort = scope.SchemeCounterpart.Port == scope.Target.Port;
        var http = httpUrl == scope.Target || !counterpartOnSamePort ? FetchAsync(httpUrl, acceptInvalidCertificate: false, cancellation) : Task.FromResult<ObservedFetch?>(null);
        var https = httpsUrl == scope.Target || !counterpartOnSamePort ? FetchAsync(httpsUrl, acceptInvalidCertificate: false, cancellation) : Task.FromResult<ObservedFetch?>(null);
        var fetched = await Task.WhenAll(http, https);

        var httpsFetch = fetched[1];
        if (httpsFetch is null && LastFailure(httpsUrl) == ProbeFailure.CertificateInvalid)
            httpsFetch = await FetchAsync(httpsUrl, acceptInvalidCertificate: true, cancellation) is { } unverified
                ? unverified with { Verified = false }
                : null;

        var input = new ObservatoryInput(fetched[0], httpsFetch, null);
        if (input.Auto is not { } auto) return input;

        var preflight = await client.SendAsync(new ProbeRequest(HttpMethod.Options, auto.Final.Url, new HeaderList(
            [new HttpHeader("Origin", ForeignOrigin), new HttpHeader("Access-Control-Request-Method", "GET")]),
            AcceptInvalidCertificate: !auto.Verified), cancellation: cancellation);
        return preflight.Response is { } answer
            ? input with { Preflight = new ObservedPreflight(ForeignOrigin, answer.Headers) }
            : input;
    }

    private async Task<ObservedFetch?> FetchAsync(Uri url, bool acceptInvalidCertificate, CancellationToken cancellation)
    {
        var request = ProbeRequest.Get(url, new HttpHeader("Accept", Accept)) with { AcceptInvalidCertificate = acceptInvalidCertificate };
        var chain = await client.FollowAsync(request, new CookieJar(), cancellation);
        if (!chain.Answered) return null;
        var route = chain.Hops.Select(h => new ObservedResponse(h.Request.Url, h.Response!.Status, h.Response.Headers)).ToList();
        // A redirect off the probed origin is recorded as the route's last stop, unfetched (no status, no headers).
        if (chain.LeftScopeTo is { } elsewhere) route.Add(new ObservedResponse(elsewhere, 0, HeaderList.Empty));
        return new ObservedFetch(route, chain.Last.Response!.Body);
    }

    private ProbeFailure LastFailure(Uri url) =>
        client.Exchanges.LastOrDefault(e => e.Request.Url == url)?.Failure ?? ProbeFailure.None;
}
