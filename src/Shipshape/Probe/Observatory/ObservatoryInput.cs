using Shipshape.Probe.Http;

namespace Shipshape.Probe.Observatory;

/// <summary>One response of a redirect chain.</summary>
public sealed record ObservedResponse(Uri Url, int Status, HeaderList Headers);

/// <summary>
/// A GET of a site's root followed through its redirects: every response in order (the first is the
/// start URL, the last the final page), the final body, and whether the TLS certificate verified.
/// </summary>
public sealed record ObservedFetch(IReadOnlyList<ObservedResponse> Route, string Body, bool Verified = true)
{
    public ObservedResponse Final => Route[^1];
    public Uri StartUrl => Route[0].Url;
}

/// <summary>The CORS preflight (OPTIONS with an Origin) sent to the final URL, and its answer.</summary>
public sealed record ObservedPreflight(string Origin, HeaderList ResponseHeaders);

/// <summary>
/// What Mozilla's HTTP Observatory looks at for one site: the root fetched over http and over https
/// (either may be absent), and a CORS preflight. The graded page ("auto") is the https one when
/// https answered, otherwise the http one.
/// </summary>
public sealed record ObservatoryInput(ObservedFetch? Http, ObservedFetch? Https, ObservedPreflight? Preflight)
{
    public ObservedFetch? Auto => Https ?? Http;
}
