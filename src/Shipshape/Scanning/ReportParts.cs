using Shipshape.Model;

namespace Shipshape.Scanning;

/// <summary>
/// The raw results of an audit (static scan, probe, or both merged), in any order, before
/// <see cref="ReportAssembler"/> sorts, counts and scores them into a <see cref="Report"/>.
/// </summary>
public sealed record ReportParts(
    ScanTarget Target,
    IReadOnlyList<string> Frameworks,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<CheckResult> Checks,
    IReadOnlyList<SkippedFile> Skipped,
    IReadOnlyList<ScanDiagnostic> Diagnostics,
    IReadOnlyList<RuleMetadata> Rules,
    ProbeSummary? Probe = null,
    IReadOnlyList<ClaimResult>? Claims = null)
{
    /// <summary>Both audits in one (for `audit PATH --url URL`): lists concatenated, the other's target URL and probe kept.</summary>
    public ReportParts Merge(ReportParts other) => new(
        new ScanTarget(Target.Path ?? other.Target.Path, Target.Url ?? other.Target.Url),
        [.. Frameworks.Union(other.Frameworks)],
        [.. Findings, .. other.Findings],
        [.. Checks, .. other.Checks],
        [.. Skipped, .. other.Skipped],
        [.. Diagnostics, .. other.Diagnostics],
        [.. Rules.UnionBy(other.Rules, r => r.Id)],
        Probe ?? other.Probe,
        Claims ?? other.Claims);
}
