namespace Shipshape.Probe.Observatory;

/// <summary>
/// The Observatory's redirection test, on the http fetch: http should redirect, first to https on the
/// same host. No host counts as HSTS-preloaded (the probe does not ship the preload list).
/// </summary>
public static class RedirectionTest
{
    public const string Name = "redirection";

    public static ObservatoryTestResult Run(ObservatoryInput input, ObservedPage page)
    {
        var http = input.Http;
        if (http is null) return Result("redirection-not-needed-no-http", null);
        if (!http.Verified) return Result("redirection-invalid-cert", null);

        var route = http.Route.Select(r => r.Url).ToArray();
        var data = string.Join(" -> ", route.Select(u => u.AbsoluteUri));
        if (route.Length == 1) return Result("redirection-missing", data);
        if (route[^1].Scheme != Uri.UriSchemeHttps) return Result("redirection-not-to-https", data);
        if (route[1].Scheme == Uri.UriSchemeHttp) return Result("redirection-not-to-https-on-initial-redirection", data);
        if (route[0].Scheme == Uri.UriSchemeHttp && route[1].Scheme == Uri.UriSchemeHttps && route[0].Host != route[1].Host)
            return Result("redirection-off-host-from-http", data);
        return Result("redirection-to-https", data);
    }

    private static ObservatoryTestResult Result(string result, string? data) =>
        new(Name, result, result is "redirection-to-https" or "redirection-not-needed-no-http", data);
}
