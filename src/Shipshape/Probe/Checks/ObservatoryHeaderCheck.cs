using Shipshape.Model;
using Shipshape.Probe.Evidence;
using Shipshape.Probe.Observatory;
using Shipshape.Rules;

namespace Shipshape.Probe.Checks;

/// <summary>
/// A header check decided by one test of the Observatory grade: it fails when that test's result
/// costs points (a negative score modifier), and its finding shows the header as served on the
/// graded page with the Observatory's result name, so a reader can look it up.
/// </summary>
public abstract class ObservatoryHeaderCheck : IProbeCheck
{
    public abstract RuleMetadata Metadata { get; }
    public ProbePhase Phase => ProbePhase.Passive;

    /// <summary>The Observatory test that decides this check.</summary>
    protected abstract string ObservatoryTest { get; }

    /// <summary>The response headers shown as evidence.</summary>
    protected abstract IReadOnlyList<string> Headers { get; }

    /// <summary>What a failing result means, in one sentence.</summary>
    protected abstract string Explain(ObservatoryTestResult result);

    /// <summary>A reason the check does not apply to this site (e.g. HSTS without https), or null.</summary>
    protected virtual string? NotApplicableBecause(ProbeSession session) => null;

    public Task<CheckOutcome> CheckAsync(ProbeCheckContext probe, CancellationToken cancellation)
    {
        var session = probe.Session;
        if (session.Observatory is not { } observatory || session.Page is not { } page)
            return Task.FromResult(CheckOutcome.Manual($"headers not graded: {session.ObservatoryRefusal}"));
        if (NotApplicableBecause(session) is { } reason) return Task.FromResult(CheckOutcome.NotApplicable(reason));

        var result = observatory.Test(ObservatoryTest)!;
        var response = ObservatoryTest == StrictTransportSecurityTest.Name && session.ObservatoryInput.Https is { } https ? https.Final : page.Final;
        var served = Headers.Select(h => response.Headers.Combined(h) is { } value ? $"{h}: {value}" : $"{h}: (not sent)");
        if (result.Modifier >= 0)
            return Task.FromResult(CheckOutcome.Pass($"Observatory result {result.Result} ({Signed(result.Modifier)})"));

        probe.Report($"{Explain(result)} (Observatory: {result.Result}, {Signed(result.Modifier)})",
            $"GET {response.Url.PathAndQuery} → {string.Join("; ", served)}",
            ExchangeEvidence.Of(response, Headers));
        return Task.FromResult(CheckOutcome.Fail(result.Result));
    }

    private static string Signed(int modifier) => modifier > 0 ? $"+{modifier}" : modifier.ToString();
}
