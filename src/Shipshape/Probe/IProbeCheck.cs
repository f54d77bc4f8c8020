using Shipshape.Rules;

namespace Shipshape.Probe;

/// <summary>
/// A dynamic check (ids 101-199): one class per file under Probe/Checks/&lt;Category&gt;/, found by the
/// rule registry like every rule. It reads what the session already fetched or sends its own
/// requests through the session's client, reports findings with HTTP evidence through the context,
/// and returns the check's outcome. Keep no state in the check: the session holds it.
/// </summary>
public interface IProbeCheck : IRule
{
    /// <summary>When it runs: checks of a later phase start after every check of the earlier ones ended.</summary>
    ProbePhase Phase { get; }

    Task<CheckOutcome> CheckAsync(ProbeCheckContext probe, CancellationToken cancellation);
}
