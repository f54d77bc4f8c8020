namespace Shipshape.Model;

/// <summary>A request the probe sent and what decided the check in the answer.</summary>
/// <param name="Method">GET, HEAD, OPTIONS, POST.</param>
/// <param name="Url">The full URL requested.</param>
/// <param name="RequestHeaders">The relevant headers sent (Origin, Cookie, ...).</param>
/// <param name="Status">Status code, or null when no answer came.</param>
/// <param name="ResponseHeaders">The relevant headers received.</param>
/// <param name="BodyExcerpt">At most <see cref="MaxBodyExcerpt"/> characters of the body.</param>
public sealed record HttpEvidence(
    string Method,
    string Url,
    IReadOnlyList<HttpHeader> RequestHeaders,
    int? Status,
    IReadOnlyList<HttpHeader> ResponseHeaders,
    string? BodyExcerpt) : Evidence
{
    public const int MaxBodyExcerpt = 300;

    /// <summary>Builds the evidence, cutting the body to the excerpt limit.</summary>
    public static HttpEvidence Create(
        string method, string url, IReadOnlyList<HttpHeader> requestHeaders, int? status,
        IReadOnlyList<HttpHeader> responseHeaders, string? body) =>
        new(method, url, requestHeaders, status, responseHeaders,
            body is { Length: > MaxBodyExcerpt } ? body[..MaxBodyExcerpt] : body);
}
