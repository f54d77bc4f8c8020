using Shipshape.Probe.Http;

namespace Shipshape.Probe.Observatory;

/// <summary>
/// The Observatory's cookies test: every cookie stored while fetching the graded page (through its
/// redirects) is checked for Secure, HttpOnly on session cookies (names containing "sess" or "login"),
/// and SameSite on anti-CSRF cookies; the worst finding wins.
/// </summary>
public static class CookiesTest
{
    public const string Name = "cookies";

    // From least to most severe.
    private static readonly string[] Severity =
    [
        "cookies-without-secure-flag-but-protected-by-hsts",
        "cookies-without-secure-flag",
        "cookies-session-without-secure-flag-but-protected-by-hsts",
        "cookies-samesite-flag-invalid",
        "cookies-anticsrf-without-samesite-flag",
        "cookies-session-without-httponly-flag",
        "cookies-session-without-secure-flag",
    ];

    public static ObservatoryTestResult Run(ObservatoryInput input, ObservedPage page)
    {
        var auto = input.Auto;
        if (auto is null) return Result("cookies-not-found", null);

        var cookies = StoredCookies(auto);
        if (cookies.Count == 0) return Result("cookies-not-found", null);

        string? result = null;
        if (auto.Final.Headers.All("set-cookie").Any(HasMalformedSameSite))
            result = Worse("cookies-samesite-flag-invalid", result);

        var hsts = StrictTransportSecurityTest.Run(input, page).Pass;
        var missingSameSite = false;
        foreach (var cookie in cookies)
        {
            var name = cookie.Name.ToLowerInvariant();
            var isSession = name.Contains("login") || name.Contains("sess");
            var isAntiCsrf = name.Contains("csrf");

            if (!cookie.Secure && cookie.SameSite == "none")
                result = Worse("cookies-samesite-flag-invalid", result);
            if (!cookie.Secure)
                result = Worse(hsts ? "cookies-without-secure-flag-but-protected-by-hsts" : "cookies-without-secure-flag", result);
            if (isAntiCsrf && cookie.SameSite is null)
                result = Worse("cookies-anticsrf-without-samesite-flag", result);
            if (isSession && !cookie.Secure)
                result = Worse(hsts ? "cookies-session-without-secure-flag-but-protected-by-hsts" : "cookies-session-without-secure-flag", result);
            if (isSession && !cookie.HttpOnly)
                result = Worse("cookies-session-without-httponly-flag", result);
            missingSameSite |= cookie.SameSite is null;
        }
        result ??= missingSameSite ? "cookies-secure-with-httponly-sessions" : "cookies-secure-with-httponly-sessions-and-samesite";
        return Result(result, string.Join("\n", cookies.Select(c => c.Raw)));
    }

    /// <summary>
    /// The cookies a browser would hold after the fetch: each Set-Cookie along the redirect chain, in
    /// order, a later one replacing an earlier one of the same name, domain and path.
    /// </summary>
    public static IReadOnlyList<SetCookie> StoredCookies(ObservedFetch fetch)
    {
        var jar = new List<SetCookie>();
        foreach (var response in fetch.Route)
        foreach (var header in response.Headers.All("set-cookie"))
        {
            var cookie = SetCookie.Parse(header);
            if (cookie is null || !cookie.IsAcceptedFrom(response.Url)) continue;
            var domain = cookie.Domain ?? response.Url.Host.ToLowerInvariant();
            var path = cookie.Path ?? DefaultPath(response.Url);
            var stored = cookie with { Domain = domain, Path = path };
            var existing = jar.FindIndex(c => c.Name == stored.Name && c.Domain == stored.Domain && c.Path == stored.Path);
            if (existing >= 0) jar[existing] = stored;
            else jar.Add(stored);
        }
        return jar;
    }

    private static string DefaultPath(Uri url)
    {
        var path = url.AbsolutePath;
        var lastSlash = path.LastIndexOf('/');
        return lastSlash <= 0 ? "/" : path[..lastSlash];
    }

    // A SameSite attribute with no value, or one other than Lax, Strict or None.
    private static bool HasMalformedSameSite(string header)
    {
        foreach (var part in header.Trim().Split(';'))
        {
            var pieces = part.Trim().Split('=');
            if (!pieces[0].Trim().Equals("samesite", StringComparison.OrdinalIgnoreCase)) continue;
            if (pieces.Length < 2 || pieces[1].Length == 0) return true;
            if (pieces[1].Trim().ToLowerInvariant() is not ("lax" or "strict" or "none")) return true;
        }
        return false;
    }

    private static string Worse(string candidate, string? current) =>
        current is null || Array.IndexOf(Severity, candidate) > Array.IndexOf(Severity, current) ? candidate : current;

    private static ObservatoryTestResult Result(string result, string? data) =>
        new(Name, result, result is "cookies-not-found" or "cookies-secure-with-httponly-sessions-and-samesite"
                                   or "cookies-secure-with-httponly-sessions", data);
}
