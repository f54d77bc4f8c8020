using Shipshape.Facts;
using Shipshape.Facts.General;
using Shipshape.Facts.Python;
using Shipshape.Model;
using Shipshape.Rules.Python;

namespace Shipshape.Rules.Observability;

/// <summary>OBS003: no health or readiness endpoint.</summary>
public sealed class Obs003NoHealthEndpoint : IProjectRule
{
    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Obs003,
        Name: "no-health-endpoint",
        Category: Categories.Observability,
        Severity: Severity.Medium,
        Confidence: Confidence.Medium,
        Kind: RuleKind.Static,
        Summary: "Checks the route inventory of a web application for a health, liveness or readiness endpoint: a "
            + "route whose last path segment is `health`, `healthz`, `ready`, `readyz`, `live`, `ping`, `status` or "
            + "`heartbeat`.",
        Why: "Load balancers, Kubernetes probes, Docker `HEALTHCHECK` and uptime monitors need a cheap URL that says "
            + "whether this instance can serve. Without one a broken instance keeps receiving traffic, and a deploy "
            + "cannot wait for the new version to be ready before the old one is stopped.",
        Fix: "Add `GET /health` (liveness: the process answers) and `GET /ready` (readiness: the database and cache "
            + "answer), excluded from authentication and rate limits, returning 200 or 503 with a small JSON body.",
        Examples:
        [
            new RuleExample("Flask", "python",
                Failing: "@app.route(\"/\")\ndef index():\n    return render_template(\"index.html\")",
                Passing: "@app.get(\"/health\")\ndef health():\n    db.session.execute(text(\"SELECT 1\"))\n    return {\"status\": \"ok\"}"),
        ],
        References:
        [
            RuleReference.Cwe(778, "Insufficient Logging"),
            RuleReference.Asvs("14.1.1", "The application build and deployment processes are performed in a secure and repeatable way"),
            new RuleReference("Kubernetes: liveness, readiness and startup probes", "https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/"),
        ])
    {
        Requirement = "A health or readiness endpoint exists",
    };

    public CheckOutcome Check(ProjectContext project)
    {
        if (WebApps.NotAWebApp(project) is { } notApplicable) return notApplicable;
        var routes = project.Facts.Get(FactKeys.Routes);
        var health = routes.FirstOrDefault(r => HealthPaths.IsHealth(r.Path));
        if (health is not null) return CheckOutcome.Pass($"{health.Path} at {health.HandlerLocation.Path}:{health.HandlerLocation.StartLine}");
        project.Report(AppAnchor.Of(project.Facts, project.EntryPoint),
            $"No health or readiness endpoint among the {routes.Count} route(s) found (looked for /health, /healthz, /ready, /live, /ping, /status)");
        return CheckOutcome.Fail();
    }
}
