namespace Shipshape.Probe;

/// <summary>
/// What the static scan knows that guides the probe: routes to try first for login, forms and
/// health, the API prefix, and the protections it saw configured (to say where code and traffic
/// disagree). Empty for a plain <c>probe URL</c>.
/// </summary>
public sealed record ProbeHints(
    IReadOnlyList<string> LoginPaths,
    IReadOnlyList<string> FormPaths,
    IReadOnlyList<string> HealthPaths,
    IReadOnlyList<StaticProtection> Protections)
{
    public static readonly ProbeHints None = new([], [], [], []);

    /// <summary>The common prefix of the app's API routes ("/api/v1"), or null when it has none.</summary>
    public string? ApiPrefix { get; init; }

    /// <summary>Where each hinted path was declared ("POST /auth/v2/sign-in → sign_in at auth.py:12:1"), by path.</summary>
    public IReadOnlyDictionary<string, string> Sources { get; init; } = new Dictionary<string, string>();

    /// <summary>Login paths to try before the common guesses: the static scan's, then its API prefix with the usual login names.</summary>
    public IEnumerable<string> LoginCandidates =>
        LoginPaths.Concat(ApiPrefix is null ? [] : ApiLoginNames.Select(name => ApiPrefix + name));

    private static readonly string[] ApiLoginNames = ["/login", "/token", "/auth/login"];
}

/// <summary>A protection the static scan found configured, and the probe check that should see it served.</summary>
/// <param name="RuleId">The dynamic check that observes it (e.g. HDR101 for a CSP set by Talisman).</param>
/// <param name="Source">What was found, e.g. "flask_talisman imported (app.py)".</param>
public sealed record StaticProtection(string RuleId, string Source);
