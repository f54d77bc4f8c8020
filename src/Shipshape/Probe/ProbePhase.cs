namespace Shipshape.Probe;

/// <summary>
/// The order probe checks run in. Safe checks run together; POST-based checks run one after the
/// other, and those that exhaust a rate limit run last, so no check sees another's 429.
/// </summary>
public enum ProbePhase
{
    /// <summary>GET, HEAD and OPTIONS only; run in parallel.</summary>
    Passive,
    /// <summary>Sends POSTs (needs --active); run one at a time.</summary>
    Active,
    /// <summary>Exhausts a rate limit on purpose; runs last.</summary>
    Exhausting,
}
