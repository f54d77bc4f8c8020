namespace Shipshape.Claims;

/// <summary>The outcome of comparing a claimed figure with the configured one.</summary>
/// <param name="Agrees">True when some configured figure equals the claimed one.</param>
/// <param name="Evidence">Both figures, with where the configured one is set.</param>
public sealed record FigureComparison(bool Agrees, IReadOnlyList<string> Evidence);
