using Shipshape.Facts;
using Shipshape.Facts.Python;
using Shipshape.Model;

namespace Shipshape.Rules.Abuse;

/// <summary>RATE002: login, registration, password-reset or token endpoints without their own rate limit.</summary>
public sealed class Rate002UnlimitedAuthEndpoint : IProjectRule
{
    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Rate002,
        Name: "auth-endpoint-without-rate-limit",
        Category: Categories.Abuse,
        Severity: Severity.High,
        Confidence: Confidence.Medium,
        Kind: RuleKind.Static,
        Summary: "Checks that every state-changing authentication route open to anonymous users (login, sign-in, registration, "
            + "password reset, token and refresh endpoints; logout and routes behind a login excluded) carries its own limit (`@limiter.limit(...)`; Django: django-ratelimit's `@ratelimit(rate=...)` on the view). A default limit "
            + "for the whole app does not count: it is sized for browsing, not for password guessing.",
        Why: "Login and token endpoints are where credential stuffing and password guessing happen; registration and "
            + "password reset are abused to create spam accounts and flood inboxes. An app-wide default such as 200 per "
            + "hour still allows thousands of guesses a day per address.",
        Fix: "Decorate each one with a strict limit: `@limiter.limit('10 per minute')` (Flask-Limiter) or "
            + "`@limiter.limit('5/minute')` with a `request: Request` parameter (slowapi), or "
            + "`@ratelimit(key='ip', rate='5/m', block=True)` (django-ratelimit).",
        Examples:
        [
            new RuleExample("Flask", "python",
                Failing: "@auth_bp.route('/login', methods=['GET', 'POST'])\ndef login():\n    ...",
                Passing: "@auth_bp.route('/login', methods=['GET', 'POST'])\n@limiter.limit('10 per minute', methods=['POST'])\ndef login():\n    ..."),
            new RuleExample("FastAPI", "python",
                Failing: "@router.post('/login')\ndef login(data: LoginRequest):\n    ...",
                Passing: "@router.post('/login')\n@limiter.limit('5/minute')\ndef login(request: Request, data: LoginRequest):\n    ..."),
        ],
        References:
        [
            RuleReference.Cwe(307, "Improper Restriction of Excessive Authentication Attempts"),
            RuleReference.Asvs("2.2.1", "Anti-automation controls are effective at mitigating breached credential testing, brute force, and account lockout attacks"),
            new RuleReference("Flask-Limiter: Rate limit domain", "https://flask-limiter.readthedocs.io/en/stable/#rate-limit-domain"),
        ])
    {
        Requirement = "Login, registration, password-reset and token endpoints have their own rate limits",
    };

    public CheckOutcome Check(ProjectContext project)
    {
        // Routes behind a login (changing one's own password) are out of reach of anonymous guessing.
        var routes = project.Facts.Get(FactKeys.Routes).Where(r => r.Auth is null && AuthenticationRoutes.IsAuthentication(r)).ToList();
        if (routes.Count == 0) return CheckOutcome.NotApplicable("no login, registration, password-reset or token route found");
        var defaults = project.Facts.Get(FactKeys.RateLimits).Where(l => l.Scope != "route").Select(l => l.Text).ToList();
        var defaultNote = defaults.Count == 0 ? "" : $" (only the app-wide default {string.Join(", ", defaults)} applies)";
        var unlimited = routes.Where(r => r.RateLimits.IsEmpty).ToList();
        var mounts = project.Facts.Get(FactKeys.RouterMounts);
        var config = ProductionConfig.From(project.Facts);
        foreach (var route in unlimited)
            project.Report(route.HandlerLocation, $"{string.Join(",", route.Methods)} {RouteTable.FullPath(route, mounts, config)} ({route.Handler}) has no rate limit of its own{defaultNote}");
        return unlimited.Count > 0 ? CheckOutcome.Fail()
            : CheckOutcome.Pass(string.Join("; ", routes.Select(r => $"{r.Path}: {string.Join(", ", r.RateLimits.Select(l => l.Text))}")));
    }
}
