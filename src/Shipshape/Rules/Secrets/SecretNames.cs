namespace Shipshape.Rules.Secrets;

/// <summary>Configuration names that hold a signing secret (SECRET_KEY, JWT_SECRET_KEY, ...).</summary>
internal static class SecretNames
{
    public static bool IsSigningSecret(string name) =>
        name is "SECRET_KEY" or "SECRET" or "JWT_KEY" or "SIGNING_KEY" or "SESSION_SECRET"
        || name.EndsWith("_SECRET_KEY", System.StringComparison.Ordinal)
        || (name.EndsWith("_SECRET", System.StringComparison.Ordinal) && !name.Contains("CLIENT", System.StringComparison.Ordinal));
}
