namespace Shipshape.Claims.Figures;

/// <summary>The outcome of comparing a claimed figure with the configured one.</summary>
/// <param name="Agrees">True when some configured figure equals the claimed one.</param>
/// <param name="Evidence">Both figures, with where the configured one is set.</param>
public sealed record FigureComparison(bool Agrees, IReadOnlyList<string> Evidence)
{
    /// <summary>"report says …" then each configured figure; agreeing when <paramref name="agrees"/>.</summary>
    public static FigureComparison Of(bool agrees, ClaimFigure claimed, IEnumerable<string> configured) =>
        new(agrees, [$"report says {claimed}", .. configured]);
}
