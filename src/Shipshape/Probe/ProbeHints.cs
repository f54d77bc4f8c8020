namespace Shipshape.Probe;

/// <summary>
/// What the static scan knows that guides the probe: routes to try first for login, forms and
/// health, and the protections it saw configured (to say where code and traffic disagree).
/// Empty for a plain <c>probe URL</c>.
/// </summary>
public sealed record ProbeHints(
    IReadOnlyList<string> LoginPaths,
    IReadOnlyList<string> FormPaths,
    IReadOnlyList<string> HealthPaths,
    IReadOnlyList<StaticProtection> Protections)
{
    public static readonly ProbeHints None = new([], [], [], []);
}

/// <summary>A protection the static scan found configured, and the probe check that should see it served.</summary>
/// <param name="RuleId">The dynamic check that observes it (e.g. HDR101 for a CSP set by Talisman).</param>
/// <param name="Source">What was found, e.g. "flask_talisman imported (app.py)".</param>
public sealed record StaticProtection(string RuleId, string Source);
