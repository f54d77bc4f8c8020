using Shipshape.Facts;
using Shipshape.Facts.Python;
using Shipshape.Model;

namespace Shipshape.Rules.Abuse;

/// <summary>RATE001: no rate limiting anywhere in the project.</summary>
public sealed class Rate001NoRateLimiting : IProjectRule
{
    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Rate001,
        Name: "no-rate-limiting",
        Category: Categories.Abuse,
        Severity: Severity.High,
        Confidence: Confidence.Medium,
        Kind: RuleKind.Static,
        Summary: "Checks that the app limits request rates somewhere: a Flask-Limiter or slowapi `Limiter`, a per-route "
            + "`@limiter.limit(...)` or django-ratelimit `@ratelimit(...)`, or `RATELIMIT_*` configuration. Limits kept outside the repository (a proxy or API "
            + "gateway) cannot be seen; say so with a suppression that gives the reason.",
        Why: "Without any limit, one client can try passwords as fast as the server answers, enumerate accounts and "
            + "records, scrape everything, or exhaust workers and the database with a trivial loop.",
        Fix: "Flask: `limiter = Limiter(get_remote_address, app=app, default_limits=['200 per hour'], storage_uri=REDIS_URL)`; "
            + "FastAPI: slowapi's `Limiter(key_func=get_remote_address)` with `app.state.limiter = limiter` and "
            + "`@limiter.limit('5/minute')` on sensitive routes.",
        Examples:
        [
            new RuleExample("Flask", "python",
                Failing: "app = Flask(__name__)",
                Passing: "app = Flask(__name__)\nlimiter = Limiter(get_remote_address, app=app, default_limits=['200 per hour'],\n                  storage_uri=os.environ['REDIS_URL'])"),
            new RuleExample("FastAPI", "python",
                Failing: "app = FastAPI()",
                Passing: "limiter = Limiter(key_func=get_remote_address)\napp = FastAPI()\napp.state.limiter = limiter\napp.add_exception_handler(RateLimitExceeded, _rate_limit_exceeded_handler)"),
        ],
        References:
        [
            RuleReference.Cwe(770, "Allocation of Resources Without Limits or Throttling"),
            RuleReference.Asvs("11.1.4", "The application has anti-automation controls to protect against excessive calls"),
            new RuleReference("Flask-Limiter", "https://flask-limiter.readthedocs.io/"),
        ])
    {
        Requirement = "Requests are rate limited",
    };

    public CheckOutcome Check(ProjectContext project)
    {
        if (!AppAnchor.HasWebApp(project.Facts)) return CheckOutcome.NotApplicable("no Flask, FastAPI, Starlette or Django app found");
        var limiter = project.Facts.Get(FactKeys.Protections).FirstOrDefault(p => p.Kind == ProtectionKind.RateLimiter);
        if (limiter is not null) return CheckOutcome.Pass($"{limiter.Detail} at {limiter.Location}");
        var limit = project.Facts.Get(FactKeys.RateLimits).FirstOrDefault()
            ?? project.Facts.Get(FactKeys.Routes).SelectMany(r => r.RateLimits).FirstOrDefault();
        if (limit is not null) return CheckOutcome.Pass(limit.ToString());
        if (ProductionConfig.From(project.Facts).Values.FirstOrDefault(v => v.Name.StartsWith("RATELIMIT_", StringComparison.Ordinal)) is { } setting)
            return CheckOutcome.Pass(setting.ToString());

        project.Report(AppAnchor.Of(project.Facts, project.EntryPoint),
            "No rate limiting: no Flask-Limiter or slowapi Limiter, @limiter.limit decorator or RATELIMIT_* setting was found");
        return CheckOutcome.Fail();
    }
}
