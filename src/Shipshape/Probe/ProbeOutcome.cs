using Shipshape.Model;
using Shipshape.Probe.Observatory;

namespace Shipshape.Probe;

/// <summary>
/// Everything a probe produced: each check's result, the findings with their HTTP evidence, scan
/// diagnostics (a check that failed internally), the report's "probe" section, the full Observatory
/// result, the metadata of the checks that ran, and how long it took.
/// </summary>
public sealed record ProbeOutcome(
    IReadOnlyList<CheckResult> Checks,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<ScanDiagnostic> Diagnostics,
    ProbeSummary Summary,
    ObservatoryResult? Observatory,
    IReadOnlyList<RuleMetadata> Rules,
    TimeSpan Elapsed);
