using Shipshape.Model;
using Shipshape.Secrets;

namespace Shipshape.Rules;

/// <summary>
/// Builds findings the same way for file and project rules: default fix, fingerprint, no suppression yet, and
/// secrets masked (the value the rule names, and any credential of a known format the snippet or message shows).
/// </summary>
internal static class FindingFactory
{
    public static Finding Create(RuleMetadata rule, Severity severity, string message, Location? location,
        string snippet, string? fix, IReadOnlyList<Evidence>? evidence, Confidence? confidence, string? secret = null)
    {
        snippet = Masked(snippet, secret);
        return new(rule.Id, severity, confidence ?? rule.Confidence, Masked(message, secret), location, snippet, fix ?? rule.Fix,
            FindingFingerprint.Compute(rule.Id, location?.Path, snippet), evidence ?? [], Suppression: null);
    }

    private static string Masked(string text, string? secret)
    {
        if (secret is { Length: > 0 }) text = SecretMask.MaskIn(text, secret);
        foreach (var match in SecretScanner.FindKnownFormats(text).Reverse())
            text = string.Concat(text.AsSpan(0, match.Offset), SecretMask.Mask(match.Value), text.AsSpan(match.Offset + match.Length));
        return text;
    }
}
