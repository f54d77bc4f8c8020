using Shipshape.Model;
using Shipshape.Probe.Http;
using Shipshape.Rules;

namespace Shipshape.Probe.Checks.Auth;

/// <summary>AUTH101: every cookie the app sets carries Secure, HttpOnly and SameSite.</summary>
public sealed class Auth101CookieFlags : IProbeCheck
{
    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Auth101,
        Name: "cookie-flags-missing",
        Category: Categories.Auth,
        Severity: Severity.Medium,
        Confidence: Confidence.High,
        Kind: RuleKind.Dynamic,
        Summary: "Collects the cookies the app sets on its page (through redirects) and on its login page, and "
            + "checks each `Set-Cookie` for `Secure`, `SameSite` (Lax or Strict, or None with Secure) and "
            + "`HttpOnly` — except on anti-CSRF cookies (names containing csrf/xsrf), which scripts must read.",
        Why: "Without Secure the session cookie crosses plain http whenever a link or proxy allows it; without "
            + "HttpOnly any injected script can steal it; without SameSite it rides along on requests other sites "
            + "forge.",
        Fix: "Flask: `SESSION_COOKIE_SECURE = True`, `SESSION_COOKIE_HTTPONLY = True`, `SESSION_COOKIE_SAMESITE = "
            + "\"Lax\"` (and the same for `REMEMBER_COOKIE_*`), or `response.set_cookie(..., secure=True, httponly=True, "
            + "samesite=\"Lax\")`; Django: `SESSION_COOKIE_SECURE = True`, `CSRF_COOKIE_SECURE = True`.",
        Examples:
        [
            new RuleExample("response headers", "http",
                Failing: "Set-Cookie: session=eyJ1Ijo1fQ; Path=/",
                Passing: "Set-Cookie: session=eyJ1Ijo1fQ; Path=/; Secure; HttpOnly; SameSite=Lax"),
        ],
        References:
        [
            RuleReference.Asvs("3.4.1", "Cookie-based session tokens have the 'Secure' attribute set"),
            RuleReference.Asvs("3.4.2", "Cookie-based session tokens have the 'HttpOnly' attribute set"),
            RuleReference.Asvs("3.4.3", "Cookie-based session tokens utilise the 'SameSite' attribute"),
            RuleReference.Cwe(614, "Sensitive Cookie in HTTPS Session Without 'Secure' Attribute"),
            RuleReference.Cwe(1004, "Sensitive Cookie Without 'HttpOnly' Flag"),
        ])
    {
        Requirement = "Every cookie is Secure, HttpOnly and SameSite",
    };

    public ProbePhase Phase => ProbePhase.Passive;

    public async Task<CheckOutcome> CheckAsync(ProbeCheckContext probe, CancellationToken cancellation)
    {
        var session = probe.Session;
        var setters = new List<(string Line, string Url, int Status, string Header)>();
        foreach (var hop in session.Page?.Route ?? [])
            setters.AddRange(hop.Headers.All("Set-Cookie").Select(h => ($"GET {hop.Url.PathAndQuery}", hop.Url.AbsoluteUri, hop.Status, h)));
        if (await session.LoginAsync() is { IsApi: false } login
            && await session.GetOnceAsync(login.PageUrl.PathAndQuery, cancellation) is { Response: { } page } exchange)
            setters.AddRange(page.Headers.All("Set-Cookie").Select(h => (exchange.Request.Line, exchange.Request.Url.AbsoluteUri, page.Status, h)));

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var missingAny = false;
        foreach (var (line, url, status, header) in setters)
        {
            if (SetCookie.Parse(header) is not { } cookie || !seen.Add(cookie.Name) || cookie.Clears) continue;
            var missing = MissingFlags(cookie);
            if (missing.Count == 0) continue;
            missingAny = true;
            var masked = Masked(header, cookie);
            probe.Report($"cookie {cookie.Name} is set without {string.Join(", ", missing)}",
                $"Set-Cookie: {cookie.Name} without {string.Join(", ", missing)}",
                HttpEvidence.Create(line.Split(' ')[0], url, [], status, [new HttpHeader("Set-Cookie", masked)], null));
        }
        if (seen.Count == 0) return CheckOutcome.NotApplicable("the app set no cookie on its page or login page");
        return missingAny ? CheckOutcome.Fail() : CheckOutcome.Pass($"{seen.Count} cookie(s) with Secure, HttpOnly and SameSite: {string.Join(", ", seen)}");
    }

    private static List<string> MissingFlags(SetCookie cookie)
    {
        var missing = new List<string>();
        if (!cookie.Secure) missing.Add("Secure");
        var readableByScripts = cookie.Name.Contains("csrf", StringComparison.OrdinalIgnoreCase)
                                || cookie.Name.Contains("xsrf", StringComparison.OrdinalIgnoreCase);
        if (!cookie.HttpOnly && !readableByScripts) missing.Add("HttpOnly");
        if (cookie.SameSite is null) missing.Add("SameSite");
        return missing;
    }

    // Cookie values are session tokens: the report shows the attributes only.
    private static string Masked(string header, SetCookie cookie)
    {
        var attributes = header.IndexOf(';') is var semicolon and >= 0 ? header[semicolon..] : "";
        return $"{cookie.Name}=…{attributes}";
    }
}
