using Shipshape.Facts;
using Shipshape.Facts.Python;
using Shipshape.Model;
using Shipshape.Rules.Python;

namespace Shipshape.Rules.Data;

/// <summary>DATA002: a server database used without pool settings.</summary>
public sealed class Data002NoConnectionPoolSettings : IProjectRule
{
    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Data002,
        Name: "no-connection-pool-settings",
        Category: Categories.Data,
        Severity: Severity.Low,
        Confidence: Confidence.Medium,
        Kind: RuleKind.Static,
        Summary: "Checks that a SQLAlchemy database chosen from the environment or given as a server URL comes with pool "
            + "settings: `SQLALCHEMY_ENGINE_OPTIONS` (Flask-SQLAlchemy) or `pool_pre_ping`, `pool_size`, "
            + "`max_overflow`, `pool_recycle` on `create_engine`.",
        Why: "With the defaults, connections the database or a proxy closed while idle are handed to requests, which "
            + "fail with \"server closed the connection unexpectedly\" after every quiet night; and pool size times "
            + "workers can exceed the server's `max_connections` under load.",
        Fix: "Set `SQLALCHEMY_ENGINE_OPTIONS = {\"pool_pre_ping\": True, \"pool_recycle\": 1800, \"pool_size\": 10, "
            + "\"max_overflow\": 20}` (or the same keywords on `create_engine`), sized so workers × (size + overflow) "
            + "stays under the server's limit.",
        Examples:
        [
            new RuleExample("Flask-SQLAlchemy", "python",
                Failing: "SQLALCHEMY_DATABASE_URI = os.environ[\"DATABASE_URL\"]",
                Passing: "SQLALCHEMY_DATABASE_URI = os.environ[\"DATABASE_URL\"]\n"
                    + "SQLALCHEMY_ENGINE_OPTIONS = {\"pool_pre_ping\": True, \"pool_recycle\": 1800, \"pool_size\": 10, \"max_overflow\": 20}"),
        ],
        References:
        [
            RuleReference.Cwe(400, "Uncontrolled Resource Consumption"),
            RuleReference.Asvs("1.14.1", "Segregation of components of differing trust levels"),
            new RuleReference("SQLAlchemy: Dealing with Disconnects", "https://docs.sqlalchemy.org/en/20/core/pooling.html#dealing-with-disconnects"),
        ])
    {
        Requirement = "The database connection pool is configured (pre-ping, recycle, size)",
    };

    public CheckOutcome Check(ProjectContext project)
    {
        if (WebApps.NotAWebApp(project) is { } notApplicable) return notApplicable;
        // Only what production loads: a base class's URI or pool options a production class overrides do not count.
        var config = ProductionConfig.From(project.Facts);
        var servers = project.Facts.Get(FactKeys.DatabaseUris)
            .Where(u => (u.FromEnvironment || !u.IsSqlite) && !(u.Literal?.StartsWith("django.", StringComparison.Ordinal) ?? false) && !config.IsShadowed(u.Location))
            .ToList();
        if (servers.Count == 0) return CheckOutcome.NotApplicable("no server database configured through SQLAlchemy");
        var pools = project.Facts.Get(FactKeys.EnginePools).Where(p => !config.IsShadowed(p.Location)).ToList();
        if (pools.Count > 0) return CheckOutcome.Pass($"pool settings at {pools[0].Location.Path}:{pools[0].Location.StartLine}");
        foreach (var server in servers)
            project.Report(server.Location, "Database without pool settings (pool_pre_ping, pool_recycle, pool_size): stale connections fail requests");
        return CheckOutcome.Fail();
    }
}
