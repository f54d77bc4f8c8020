namespace Shipshape.Claims;

/// <summary>A claim found in a readiness report, before any check looks at it.</summary>
/// <param name="Text">The claim as the report words it (repaired, without Markdown markup).</param>
/// <param name="Line">1-based line in the report.</param>
/// <param name="Shape">What kind of statement it is.</param>
/// <param name="Section">The heading it sits under: the topic when the line alone names none.</param>
/// <param name="Cited">For audit findings, the file (and line) the report points at.</param>
/// <param name="Scope">
/// The report lines the claim sums up: for a heading, its section ("✅ Security Improvements
/// Implemented" covers the fixes below it); for "all fixes applied", the whole report. Null otherwise.
/// </param>
/// <param name="Code">For a suggested fix, the code block.</param>
public sealed record ExtractedClaim(string Text, int Line, ClaimShape Shape, string Section, CitedLocation? Cited = null, LineRange? Scope = null, ReportCodeBlock? Code = null);

/// <summary>A location a report cites ("app.py:3662", "auth.py:228-229", "auth.py").</summary>
public sealed record CitedLocation(string Path, int? Line)
{
    public override string ToString() => Line is { } line ? $"{Path}:{line}" : Path;
}

/// <summary>Report lines <paramref name="First"/> to <paramref name="Last"/>, inclusive, 1-based.</summary>
public sealed record LineRange(int First, int Last)
{
    public bool Contains(int line) => line >= First && line <= Last;

    public override string ToString() => $"{First}-{Last}";
}
