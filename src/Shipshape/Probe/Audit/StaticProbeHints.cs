using Shipshape.Facts;
using Shipshape.Model;

namespace Shipshape.Probe.Audit;

/// <summary>
/// Builds the probe's hints from a static scan's facts: the protections the code pulls in (imports
/// and declared dependencies) and the routes to try first (<see cref="StaticRouteHints"/>).
/// </summary>
public static class StaticProbeHints
{
    // Module or distribution name (lower-case, '-' read as '_') → the dynamic checks that should observe it.
    private static readonly (string Package, string What, string[] RuleIds)[] Protections =
    [
        ("flask_talisman", "Flask-Talisman (security headers)", [RuleIds.Hdr101, RuleIds.Hdr103, RuleIds.Hdr104]),
        ("flask_wtf", "Flask-WTF (CSRF protection)", [RuleIds.Csrf101]),
        ("flask_limiter", "Flask-Limiter (rate limiting)", [RuleIds.Rate101]),
        ("slowapi", "slowapi (rate limiting)", [RuleIds.Rate101]),
        ("django_ratelimit", "django-ratelimit (rate limiting)", [RuleIds.Rate101]),
        ("axes", "django-axes (login lockout)", [RuleIds.Rate101]),
        ("csp", "django-csp (Content-Security-Policy)", [RuleIds.Hdr101]),
        ("secure", "secure (security headers)", [RuleIds.Hdr101, RuleIds.Hdr103, RuleIds.Hdr104]),
    ];

    public static ProbeHints FromFacts(ProjectFacts facts)
    {
        var seen = facts.Get(FactKeys.Imports).Select(i => (Name: Normalise(i.Module.Split('.')[0]), i.Location))
            .Concat(facts.Get(FactKeys.Dependencies).Select(d => (Name: Normalise(d.Name), d.Location)))
            .ToList();
        var protections = new List<StaticProtection>();
        foreach (var (package, what, ruleIds) in Protections)
        {
            var where = seen.FirstOrDefault(s => s.Name == package);
            if (where.Location is null) continue;
            protections.AddRange(ruleIds.Select(id => new StaticProtection(id, $"{what} found at {where.Location}")));
        }
        var routes = StaticRouteHints.From(facts);
        return new ProbeHints(routes.LoginPaths, routes.FormPaths, routes.HealthPaths, protections)
        {
            ApiPrefix = routes.ApiPrefix,
            Sources = routes.Sources,
        };
    }

    private static string Normalise(string name) => name.Trim().ToLowerInvariant().Replace('-', '_');
}
