using Shipshape.Discovery;
using Shipshape.Facts;
using Shipshape.Model;
using Shipshape.Suppressions;

namespace Shipshape.Scanning;

/// <summary>What processing one file produced; <see cref="Skipped"/> is set when it could not be read.</summary>
internal sealed record FileOutcome(
    ProjectFile File,
    SkippedFile? Skipped,
    FactSink Facts,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<ScanDiagnostic> Diagnostics,
    IReadOnlyList<SuppressionComment> Suppressions);
