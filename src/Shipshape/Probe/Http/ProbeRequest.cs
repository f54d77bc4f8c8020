using Shipshape.Model;

namespace Shipshape.Probe.Http;

/// <summary>
/// A request the probe sends. <paramref name="Form"/> is sent url-encoded, <paramref name="JsonBody"/> as JSON.
/// <paramref name="AcceptInvalidCertificate"/> is only for grading a site whose certificate fails,
/// as the Observatory does; the target itself must verify.
/// </summary>
public sealed record ProbeRequest(
    HttpMethod Method,
    Uri Url,
    HeaderList Headers,
    IReadOnlyList<KeyValuePair<string, string>>? Form = null,
    bool AcceptInvalidCertificate = false,
    string? JsonBody = null)
{
    public static ProbeRequest Get(Uri url, params HttpHeader[] headers) => new(HttpMethod.Get, url, new HeaderList(headers));

    public ProbeRequest WithHeader(string name, string value) =>
        this with { Headers = new HeaderList(Headers.Where(h => !h.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Append(new HttpHeader(name, value))) };

    /// <summary>Method and path with query, as shown in evidence.</summary>
    public string Line => $"{Method.Method} {Url.PathAndQuery}";
}

/// <summary>A response as received; <see cref="Body"/> is decoded text, cut at <see cref="ProbeClient.MaxBodyChars"/>.</summary>
public sealed record ProbeResponse(int Status, HeaderList Headers, string Body, TimeSpan Elapsed);

/// <summary>Why a request got no response.</summary>
public enum ProbeFailure
{
    None,
    BudgetExhausted,
    NotAllowed,
    Timeout,
    ConnectionFailed,
    TlsFailed,
    CertificateInvalid,
}

/// <summary>One request and its response, or why there is none.</summary>
public sealed record ProbeExchange(ProbeRequest Request, ProbeResponse? Response, ProbeFailure Failure = ProbeFailure.None, string? Error = null)
{
    public bool Answered => Response is not null;
}
