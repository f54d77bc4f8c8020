using Shipshape.Model;

namespace Shipshape.Settings;

/// <summary>The contents of .shipshape.yml (every part optional).</summary>
/// <param name="Excludes">gitignore-style globs of paths not to scan.</param>
/// <param name="Rules">Per-rule overrides by rule id.</param>
/// <param name="Thresholds">Figures rules compare against.</param>
/// <param name="FailOn">Exit-code gate; null means the command line's (default high).</param>
public sealed record ShipshapeSettings(
    IReadOnlyList<string> Excludes,
    IReadOnlyDictionary<string, RuleOverride> Rules,
    Thresholds Thresholds,
    FailOn? FailOn)
{
    public static ShipshapeSettings Default { get; } = new([], new Dictionary<string, RuleOverride>(), Thresholds.Default, null);

    public bool IsEnabled(string ruleId) => !Rules.TryGetValue(ruleId, out var o) || o.Enabled;

    public Severity SeverityOf(RuleMetadata rule) =>
        Rules.TryGetValue(rule.Id, out var o) && o.Severity is { } s ? s : rule.Severity;
}
