namespace Shipshape.Model;

/// <summary>One claim of a readiness report and what the checks say about it (filled by `verify`).</summary>
/// <param name="Text">The claim as written.</param>
/// <param name="SourceLine">1-based line of the claim in the report file.</param>
/// <param name="Verdict">Verified, contradicted or unverifiable.</param>
/// <param name="Checks">The rule ids that decided it.</param>
/// <param name="Evidence">One line per piece of evidence.</param>
public sealed record ClaimResult(string Text, int SourceLine, ClaimVerdict Verdict, IReadOnlyList<string> Checks, IReadOnlyList<string> Evidence);
