using Shipshape.Facts;
using Shipshape.Model;
using Shipshape.Rules.Python;

namespace Shipshape.Rules.Data;

/// <summary>DATA001: SQLite, or a hard-coded local database, as the application's database.</summary>
public sealed class Data001SqliteInProduction : IProjectRule
{
    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Data001,
        Name: "sqlite-in-production",
        Category: Categories.Data,
        Severity: Severity.Medium,
        Confidence: Confidence.Medium,
        Kind: RuleKind.Static,
        Summary: "Checks a web application's database settings (`SQLALCHEMY_DATABASE_URI`, `DATABASE_URL`, "
            + "`create_engine(url)`, Django's `DATABASES` engine) for SQLite, either as the value or as the fallback "
            + "of `os.getenv(\"DATABASE_URL\", \"sqlite:///app.db\")`. Test files are not read.",
        Why: "SQLite takes one writer at a time, so concurrent requests queue or fail with \"database is locked\"; the "
            + "file sits on one machine's disk, so several containers or hosts cannot share it and a redeploy without a "
            + "volume loses it. A fallback is what runs whenever the variable is forgotten, silently.",
        Fix: "Use a server database (PostgreSQL, MySQL) in production and make the URL required: "
            + "`SQLALCHEMY_DATABASE_URI = os.environ[\"DATABASE_URL\"]`; keep SQLite for tests and local development only.",
        Examples:
        [
            new RuleExample("Flask-SQLAlchemy", "python",
                Failing: "SQLALCHEMY_DATABASE_URI = os.environ.get(\"DATABASE_URL\", \"sqlite:///lumo.db\")",
                Passing: "SQLALCHEMY_DATABASE_URI = os.environ[\"DATABASE_URL\"]  # postgresql://... in production"),
        ],
        References:
        [
            RuleReference.Cwe(1188, "Initialization of a Resource with an Insecure Default"),
            RuleReference.Asvs("14.1.3", "Server configuration is hardened as per the recommendations of the application server and frameworks in use"),
            new RuleReference("SQLite: Appropriate Uses For SQLite", "https://www.sqlite.org/whentouse.html"),
        ]);

    public CheckOutcome Check(ProjectContext project)
    {
        if (WebApps.NotAWebApp(project) is { } notApplicable) return notApplicable;
        var uris = project.Facts.Get(FactKeys.DatabaseUris);
        if (uris.Count == 0) return CheckOutcome.NotApplicable("no database setting found in code");
        var sqlite = uris.Where(u => u.IsSqlite).ToList();
        foreach (var uri in sqlite)
        {
            project.Report(uri.Location, uri.FromEnvironment
                ? "SQLite is the fallback database when the environment variable is unset"
                : "SQLite is the configured database: one writer at a time, local to one machine");
        }

        return sqlite.Count > 0 ? CheckOutcome.Fail() : CheckOutcome.Pass("no SQLite database configured");
    }
}
