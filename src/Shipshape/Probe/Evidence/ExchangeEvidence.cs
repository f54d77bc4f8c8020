using Shipshape.Model;
using Shipshape.Probe.Http;
using Shipshape.Probe.Observatory;

namespace Shipshape.Probe.Evidence;

/// <summary>
/// Turns an exchange into report evidence: the request line and the request headers that matter,
/// the status and the response headers that decided the check, and a body excerpt (at most 300
/// characters, taken around <c>around</c> when given so the decisive text is in it).
/// </summary>
public static class ExchangeEvidence
{
    public static HttpEvidence Of(ProbeExchange exchange, IEnumerable<string>? requestHeaders = null,
        IEnumerable<string>? responseHeaders = null, string? around = null, bool withBody = false)
    {
        var sent = Pick(exchange.Request.Headers, requestHeaders);
        if (exchange.Request.Form is { } form)
            sent = [.. sent, new HttpHeader("(form fields)", string.Join("&", form.Select(f => f.Key)))];
        var response = exchange.Response;
        return HttpEvidence.Create(
            exchange.Request.Method.Method,
            exchange.Request.Url.AbsoluteUri,
            sent,
            response?.Status,
            response is null ? [] : Pick(response.Headers, responseHeaders),
            response is null ? exchange.Error : around is not null ? Excerpt(response.Body, around) : withBody ? response.Body : null);
    }

    /// <summary>Evidence for a response the Observatory retrieval saw (a GET of the graded page).</summary>
    public static HttpEvidence Of(ObservedResponse response, IEnumerable<string> responseHeaders) =>
        HttpEvidence.Create("GET", response.Url.AbsoluteUri, [], response.Status, Pick(response.Headers, responseHeaders), null);

    /// <summary>Up to 300 characters of <paramref name="body"/> starting a little before <paramref name="around"/>.</summary>
    public static string Excerpt(string body, string around)
    {
        var at = body.IndexOf(around, StringComparison.OrdinalIgnoreCase);
        var start = at < 0 ? 0 : Math.Max(0, at - 60);
        var length = Math.Min(HttpEvidence.MaxBodyExcerpt, body.Length - start);
        return body.Substring(start, length);
    }

    private static IReadOnlyList<HttpHeader> Pick(HeaderList headers, IEnumerable<string>? names) =>
        names is null ? [] : headers.Where(h => names.Contains(h.Name, StringComparer.OrdinalIgnoreCase)).ToArray();
}
