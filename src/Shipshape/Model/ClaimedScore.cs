namespace Shipshape.Model;

/// <summary>The score a readiness report gives itself, set beside the measured one by `verify`.</summary>
/// <param name="Score">Out of ten: "8.5/10" is 8.5, "Score: 100%" is 10.</param>
/// <param name="Text">The figure as the report writes it ("8.5/10", "100%").</param>
/// <param name="SourceLine">1-based line of the report that states it.</param>
public sealed record ClaimedScore(double Score, string Text, int SourceLine);
