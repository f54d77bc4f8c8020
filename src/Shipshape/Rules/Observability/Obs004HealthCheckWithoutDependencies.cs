using Shipshape.Facts;
using Shipshape.Model;
using Shipshape.Rules.Python;

namespace Shipshape.Rules.Observability;

/// <summary>OBS004: a health endpoint that touches none of the app's dependencies.</summary>
public sealed class Obs004HealthCheckWithoutDependencies : IProjectRule
{
    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Obs004,
        Name: "health-check-without-dependencies",
        Category: Categories.Observability,
        Severity: Severity.Low,
        Confidence: Confidence.Low,
        Kind: RuleKind.Static,
        Summary: "Checks the handlers of health routes in an application that uses a database: at least one of them "
            + "should touch it (`execute`, `scalar`, `ping`, `connect`, a session opened) or a downstream service.",
        Why: "A health endpoint that always answers \"ok\" reports an instance healthy while its database is "
            + "unreachable: the load balancer keeps sending traffic that fails, and an outage is noticed by users "
            + "instead of the probe.",
        Fix: "Give readiness a real check with a short timeout: `db.session.execute(text(\"SELECT 1\"))`, "
            + "`redis.ping()`, answering 503 when one fails; keep liveness cheap.",
        Examples:
        [
            new RuleExample("Flask", "python",
                Failing: "@app.get(\"/health\")\ndef health():\n    return {\"status\": \"ok\"}",
                Passing: "@app.get(\"/health\")\ndef health():\n    try:\n        db.session.execute(text(\"SELECT 1\"))\n"
                    + "    except SQLAlchemyError:\n        return {\"status\": \"database unavailable\"}, 503\n    return {\"status\": \"ok\"}"),
        ],
        References:
        [
            RuleReference.Cwe(754, "Improper Check for Unusual or Exceptional Conditions"),
            RuleReference.Asvs("14.1.1", "The application build and deployment processes are performed in a secure and repeatable way"),
            new RuleReference("Microsoft: Health Endpoint Monitoring pattern", "https://learn.microsoft.com/en-us/azure/architecture/patterns/health-endpoint-monitoring"),
        ])
    {
        Requirement = "The health endpoint checks the database",
    };

    public CheckOutcome Check(ProjectContext project)
    {
        if (WebApps.NotAWebApp(project) is { } notApplicable) return notApplicable;
        var handlers = project.Facts.Get(FactKeys.HealthHandlers);
        if (handlers.Count == 0) return CheckOutcome.NotApplicable("no health endpoint handler found");
        if (project.Facts.Get(FactKeys.DatabaseUris).Count == 0) return CheckOutcome.NotApplicable("no database configured");
        if (handlers.FirstOrDefault(h => h.Dependency is not null) is { } checking)
            return CheckOutcome.Pass($"{checking.Path} calls {checking.Dependency}");
        foreach (var handler in handlers)
            project.Report(handler.Location, $"Health endpoint {handler.Path} answers without checking the database or any other dependency");
        return CheckOutcome.Fail();
    }
}
