namespace Shipshape.Bench.Differential;

public enum ComparisonKind
{
    Identical,
    RejectedByBoth,
    Mismatch,
}

/// <summary>How our parse of one file compares with CPython's; <see cref="Detail"/> explains a mismatch.</summary>
public sealed record FileComparison(string Path, ComparisonKind Kind, string? Detail = null);
