namespace Shipshape.Probe.Observatory;

/// <summary>
/// The outcome of one Observatory test: its result name (the Observatory's own, e.g.
/// "csp-implemented-with-unsafe-inline"), the score modifier that result carries, whether the
/// Observatory counts it as passed, and the header value it graded.
/// </summary>
public sealed record ObservatoryTestResult(string Test, string Result, bool Pass, string? Data = null)
{
    public int Modifier => ObservatoryScoreTable.Modifier(Result);
}
