namespace Shipshape.Rules.Transport;

/// <summary>The response headers that count as security headers.</summary>
internal static class SecurityHeaderNames
{
    public const string Hsts = "Strict-Transport-Security";
    public const string Csp = "Content-Security-Policy";
    public const string XssProtection = "X-XSS-Protection";

    private static readonly HashSet<string> All = new(StringComparer.OrdinalIgnoreCase)
    {
        Hsts, Csp, "X-Frame-Options", "X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy",
        "Cross-Origin-Opener-Policy", "Cross-Origin-Resource-Policy", "Content-Security-Policy-Report-Only",
    };

    public static bool IsSecurityHeader(string name) => All.Contains(name);
}
