namespace Shipshape.Probe.Http;

/// <summary>
/// A request followed through its redirects: each hop in order, and the target of a redirect that
/// left the probed origin (recorded, never followed).
/// </summary>
public sealed record RedirectChain(IReadOnlyList<ProbeExchange> Hops, Uri? LeftScopeTo)
{
    public ProbeExchange Last => Hops[^1];
    public ProbeResponse? Final => LeftScopeTo is null ? Last.Response : null;
    public bool Answered => Hops.All(h => h.Answered);
}
