namespace Shipshape.Model;

/// <summary>
/// The whole result of an audit: what every writer (console, JSON "shipshape/report@1", Markdown,
/// SARIF, HTML, JUnit) renders. Lists are in their final, deterministic order.
/// </summary>
/// <param name="Tool">Name and version.</param>
/// <param name="Target">Path and/or URL audited.</param>
/// <param name="Frameworks">Detected frameworks ("django", "fastapi", "flask"), sorted.</param>
/// <param name="Summary">Verdict, score, counts.</param>
/// <param name="Categories">Scorecard, in <see cref="Categories.All"/> order.</param>
/// <param name="Findings">Sorted by path, line, column, rule id; suppressed ones included.</param>
/// <param name="Skipped">Files not read, sorted by path.</param>
/// <param name="Diagnostics">Internal errors, parse errors and warnings, sorted.</param>
/// <param name="Rules">Metadata of every rule that ran, sorted by id (for SARIF, docs links).</param>
/// <param name="Probe">Present when a URL was probed.</param>
/// <param name="Claims">Present when a readiness report was verified.</param>
/// <param name="ClaimedScore">The score the verified report gives itself, when it states one.</param>
/// <param name="OpenItems">The verified report's unticked checklist items (present with <paramref name="Claims"/>).</param>
public sealed record Report(
    ToolInfo Tool,
    ScanTarget Target,
    IReadOnlyList<string> Frameworks,
    ReportSummary Summary,
    IReadOnlyList<CategoryScore> Categories,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<SkippedFile> Skipped,
    IReadOnlyList<ScanDiagnostic> Diagnostics,
    IReadOnlyList<RuleMetadata> Rules,
    ProbeSummary? Probe = null,
    IReadOnlyList<ClaimResult>? Claims = null,
    ClaimedScore? ClaimedScore = null,
    IReadOnlyList<OpenItem>? OpenItems = null)
{
    public IEnumerable<CheckResult> Checks => Categories.SelectMany(c => c.Checks);

    public RuleMetadata? FindRule(string id) => Rules.FirstOrDefault(r => r.Id == id);
}
