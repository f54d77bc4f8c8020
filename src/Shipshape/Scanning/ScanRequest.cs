using Shipshape.Baselines;
using Shipshape.Rules;
using Shipshape.Settings;

namespace Shipshape.Scanning;

/// <summary>What to scan and how.</summary>
/// <param name="Root">The project folder.</param>
/// <param name="DisplayPath">How the report names the target (the path as the user typed it).</param>
/// <param name="Settings">From .shipshape.yml, or defaults.</param>
/// <param name="Registry">The rules to choose from (normally <see cref="RuleRegistry.Default"/>).</param>
/// <param name="Baseline">Known findings to suppress, with the reason shown for them.</param>
/// <param name="OnlyRules">When set, only these rule ids run (tests, `explain`); otherwise every enabled rule.</param>
/// <param name="Progress">Receives (files done, files total) during the per-file pass.</param>
public sealed record ScanRequest(
    string Root,
    string DisplayPath,
    ShipshapeSettings Settings,
    RuleRegistry Registry,
    (Baseline Baseline, string Name)? Baseline = null,
    IReadOnlySet<string>? OnlyRules = null,
    IProgress<ScanProgress>? Progress = null)
{
    public static ScanRequest For(string root) => new(root, root, ShipshapeSettings.Default, RuleRegistry.Default);
}
