namespace Shipshape.Model;

/// <summary>Everything a report, the docs page and SARIF say about a rule, in Ruff's docs shape.</summary>
/// <param name="Id">"DBG001": category prefix and number (001-099 static, 101-199 dynamic).</param>
/// <param name="Name">kebab-case name, e.g. "flask-debug-enabled".</param>
/// <param name="Category">Scorecard row.</param>
/// <param name="Severity">Default severity (config may override).</param>
/// <param name="Confidence">How often a finding is a true positive.</param>
/// <param name="Kind">Static (code and config) or dynamic (probe).</param>
/// <param name="Summary">"What it does": one or two sentences.</param>
/// <param name="Why">"Why is this bad?": the risk, concretely.</param>
/// <param name="Fix">"Use instead": the fix in the framework's own idiom; also the default fix of findings.</param>
/// <param name="Examples">At least one failing/passing pair.</param>
/// <param name="References">CWE, OWASP ASVS, framework docs.</param>
public sealed record RuleMetadata(
    string Id,
    string Name,
    Category Category,
    Severity Severity,
    Confidence Confidence,
    RuleKind Kind,
    string Summary,
    string Why,
    string Fix,
    IReadOnlyList<RuleExample> Examples,
    IReadOnlyList<RuleReference> References)
{
    /// <summary>
    /// What passing means, phrased as a deployment-checklist item ("No bare `except:` clauses",
    /// "Automated tests exist"); the Markdown checklist ticks or leaves it open. Required by the
    /// catalogue meta-test; an init property so that existing constructor calls stay valid.
    /// </summary>
    public string Requirement { get; init; } = "";

    /// <summary>Where the generated docs page lives, relative to the repository root.</summary>
    public string DocsPath => $"docs/rules/{Id}.md";
}
