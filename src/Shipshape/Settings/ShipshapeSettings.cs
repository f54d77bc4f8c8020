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

    /// <summary>The rule's effective default: the config's override, else the rule's own severity.</summary>
    public Severity SeverityOf(RuleMetadata rule) => FindingSeverity(rule, null);

    /// <summary>
    /// The severity a finding gets: the config's override when one is set (it applies to every finding of
    /// the rule, including those the rule raised or lowered), else the severity the rule gave this
    /// finding (<paramref name="reported"/>), else the rule's own.
    /// </summary>
    public Severity FindingSeverity(RuleMetadata rule, Severity? reported) =>
        Rules.TryGetValue(rule.Id, out var o) && o.Severity is { } s ? s : reported ?? rule.Severity;
}
