using Shipshape.Facts;
using Shipshape.Facts.Python;

namespace Shipshape.Rules.Secrets;

/// <summary>Configuration names that hold a signing secret (SECRET_KEY, JWT_SECRET_KEY, ...).</summary>
internal static class SecretNames
{
    public static bool IsSigningSecret(string name) =>
        name is "SECRET_KEY" or "SECRET" or "JWT_KEY" or "SIGNING_KEY" or "SESSION_SECRET"
        || name.EndsWith("_SECRET_KEY", StringComparison.Ordinal)
        || (name.EndsWith("_SECRET", StringComparison.Ordinal) && !name.Contains("CLIENT", StringComparison.Ordinal));

    /// <summary>Every signing-secret setting production sees.</summary>
    public static IReadOnlyList<ConfigValueFact> InProduction(ProjectFacts facts) =>
        ProductionConfig.From(facts).Values.Where(v => IsSigningSecret(v.Name)).ToList();

    public const string NoneFound = "no SECRET_KEY or JWT secret setting found in app.config, configuration classes or Django settings";
}
