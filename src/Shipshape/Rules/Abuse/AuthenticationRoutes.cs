using Shipshape.Facts.Python;

namespace Shipshape.Rules.Abuse;

/// <summary>Routes that accept credentials or mint accounts and tokens: login, registration, password reset, token refresh.</summary>
internal static class AuthenticationRoutes
{
    private static readonly string[] Words =
        ["login", "signin", "sign_in", "sign-in", "register", "signup", "sign_up", "sign-up", "password", "forgot", "reset", "token", "refresh", "otp", "2fa", "mfa"];

    public static bool IsAuthentication(RouteFact route)
    {
        if (!route.IsStateChanging) return false;
        var path = route.Path.ToLowerInvariant();
        var handler = route.Handler.ToLowerInvariant();
        if (path.Contains("logout") || handler.Contains("logout")) return false;
        return Words.Any(w => path.Contains(w) || handler.Contains(w));
    }
}
