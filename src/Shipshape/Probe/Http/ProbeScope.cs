namespace Shipshape.Probe.Http;

/// <summary>
/// What the probe may touch: the origin the user gave and its http/https counterpart on the same host
/// (to see whether http redirects and whether https is served), and the methods allowed
/// (GET, HEAD and OPTIONS only, unless active checks were asked for).
/// </summary>
public sealed record ProbeScope(Uri Target, bool Active)
{
    private static readonly HashSet<string> SafeMethods = ["GET", "HEAD", "OPTIONS"];

    public string Origin => OriginOf(Target);

    /// <summary>
    /// The target's page on the same host over the other scheme: same port when one was given (as the
    /// Observatory does for host:port), else that scheme's default port.
    /// </summary>
    public Uri SchemeCounterpart
    {
        get
        {
            var scheme = Target.Scheme == Uri.UriSchemeHttps ? Uri.UriSchemeHttp : Uri.UriSchemeHttps;
            var builder = new UriBuilder(Target) { Scheme = scheme, Fragment = "" };
            builder.Port = Target.IsDefaultPort ? -1 : Target.Port;
            return builder.Uri;
        }
    }

    public Uri Root => new(Target, "/");

    public bool Allows(Uri url) =>
        url.IsAbsoluteUri && (OriginOf(url) == Origin || OriginOf(url) == OriginOf(SchemeCounterpart));

    public bool Allows(HttpMethod method) => Active || SafeMethods.Contains(method.Method);

    public static string OriginOf(Uri url) => $"{url.Scheme}://{url.Host.ToLowerInvariant()}:{url.Port}";
}
