using Shipshape.Facts;
using Shipshape.Facts.Python;

namespace Shipshape.Rules.Compliance;

/// <summary>Whether an app keeps user accounts: login or registration routes, password hashing or credential checks.</summary>
public static class UserAccounts
{
    private static readonly string[] AccountPathWords = ["login", "register", "signup", "sign-up", "signin", "sign-in", "logout", "account", "profile"];

    /// <summary>A short description of the evidence, or null when nothing shows user accounts.</summary>
    public static string? Evidence(ProjectFacts facts)
    {
        if (facts.Get(FactKeys.Routes).FirstOrDefault(r => AccountPathWords.Any(w => r.Path.Contains(w, StringComparison.OrdinalIgnoreCase))) is { } route)
            return $"route {route.Path}";
        if (facts.Get(FactKeys.PasswordHashes).Count > 0) return "password hashing";
        if (facts.Get(FactKeys.CredentialChecks).Count > 0) return "credential checks";
        if (facts.Get(FactKeys.Protections).Any(p => p.Kind == ProtectionKind.Authentication)) return "an authentication extension";
        return null;
    }
}
