using Shipshape.Model;

namespace Shipshape.Rules;

/// <summary>Builds findings the same way for file and project rules: default fix, fingerprint, no suppression yet.</summary>
internal static class FindingFactory
{
    public static Finding Create(RuleMetadata rule, Severity severity, string message, Location? location,
        string snippet, string? fix, IReadOnlyList<Evidence>? evidence, Confidence? confidence) =>
        new(rule.Id, severity, confidence ?? rule.Confidence, message, location, snippet, fix ?? rule.Fix,
            FindingFingerprint.Compute(rule.Id, location?.Path, snippet), evidence ?? [], Suppression: null);
}
