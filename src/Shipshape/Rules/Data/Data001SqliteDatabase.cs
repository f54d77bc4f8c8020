using Shipshape.Config;
using Shipshape.Discovery;
using Shipshape.Facts;
using Shipshape.Facts.General;
using Shipshape.Facts.Python;
using Shipshape.Model;

namespace Shipshape.Rules.Data;

/// <summary>
/// DATA001: SQLite as the production database. This file hosts every form of the rule, dispatched by
/// file kind: the configuration form (a <c>sqlite:</c> URL in env files, compose <c>environment</c>
/// or Dockerfile <c>ENV</c>) and the Python form (<c>SQLALCHEMY_DATABASE_URI = "sqlite:///…"</c>, a SQLite
/// fallback in <c>os.getenv("DATABASE_URL", "sqlite:///…")</c>, <c>create_engine("sqlite://…")</c>, Django's
/// <c>ENGINE: django.db.backends.sqlite3</c>, read by <see cref="DatabaseSettings"/>). The configuration form is
/// checked file by file; the Python form by the project part, which leaves out values production never
/// loads (a base class's URI a production subclass overrides, a base settings module's <c>DATABASES</c>
/// the production module replaces), in whichever module they live.
/// </summary>
public sealed class Data001SqliteDatabase : IFileRule, IProjectRule
{
    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Data001,
        Name: "sqlite-production-database",
        Category: Categories.Data,
        Severity: Severity.Medium,
        Confidence: Confidence.High,
        Kind: RuleKind.Static,
        Summary: "Checks for SQLite database URLs (`sqlite:///…`, `sqlite+aiosqlite:///…`) in configuration that can "
            + "reach production: env files, compose `environment:` and Dockerfile `ENV`; and in Python: "
            + "`SQLALCHEMY_DATABASE_URI`/`DATABASE_URL` settings (also as the fallback of `os.getenv(\"DATABASE_URL\", \"sqlite:///…\")`), "
            + "`create_engine(url)` and Django's `DATABASES` engine. Development-only files, tests, development or test "
            + "configuration classes, and settings production overrides (a base configuration class's URI replaced by "
            + "the production class, a base settings module's `DATABASES` replaced by the production module) are not checked.",
        Why: "SQLite allows one writer at a time: under several gunicorn workers or threads, concurrent writes wait on a "
            + "file lock and fail with `database is locked`. The database is a file inside the container or server, so "
            + "it is lost with the container unless a volume holds it, cannot be shared by several instances, and has "
            + "no managed backups or point-in-time recovery.",
        Fix: "Use a server database in production and read its URL from the environment: "
            + "`DATABASE_URL=postgresql://app:${DB_PASSWORD}@db:5432/app`; keep SQLite for tests and local development.",
        Examples:
        [
            new RuleExample("env file", "shell",
                Failing: "DATABASE_URL=sqlite:///instance/app.db",
                Passing: "DATABASE_URL=postgresql://app:${DB_PASSWORD}@db:5432/app"),
            new RuleExample("Flask-SQLAlchemy", "python",
                Failing: "SQLALCHEMY_DATABASE_URI = os.environ.get(\"DATABASE_URL\", \"sqlite:///lumo.db\")",
                Passing: "SQLALCHEMY_DATABASE_URI = os.environ[\"DATABASE_URL\"]  # postgresql://... in production"),
        ],
        References:
        [
            RuleReference.Cwe(662, "Improper Synchronization"),
            new RuleReference("SQLite: Appropriate Uses For SQLite", "https://www.sqlite.org/whentouse.html"),
            new RuleReference("SQLAlchemy docs: SQLite concurrency", "https://docs.sqlalchemy.org/en/20/dialects/sqlite.html#database-locking-behavior-concurrency"),
        ])
    {
        Requirement = "Production configuration uses a server database, not SQLite",
    };

    public IReadOnlySet<FileKind> FileKinds { get; } = ConfigSettings.Kinds.ToHashSet();

    public void Check(FileContext file) => CheckSettings(file);

    /// <summary>The Python form, on the database URIs of every module and the configuration production loads.</summary>
    public CheckOutcome Check(ProjectContext project)
    {
        var uris = project.Facts.Get(FactKeys.DatabaseUris);
        if (uris.Count == 0) return CheckOutcome.NotApplicable("no database chosen in Python code");
        var config = ProductionConfig.From(project.Facts);
        var loaded = uris.Where(u => !config.IsShadowed(u.Location)).ToList();
        var sqlite = loaded.Where(u => u.IsSqlite).ToList();
        foreach (var uri in sqlite)
        {
            project.Report(uri.Location, uri.FromEnvironment
                ? "SQLite is the fallback database when the environment variable is unset"
                : "SQLite is the configured database: one writer at a time, local to one machine");
        }

        var overridden = uris.Count - loaded.Count;
        return sqlite.Count > 0 ? CheckOutcome.Fail()
            : CheckOutcome.Pass($"{loaded.Count} database setting(s) production loads, none SQLite" + (overridden > 0 ? $" ({overridden} overridden for production)" : ""));
    }

    private void CheckSettings(FileContext file)
    {
        foreach (var setting in ConfigSettings.Read(file).Where(s => s.MayReachProduction && IsSqliteUrl(s.Value)))
            file.Report(setting.ValueLocation, $"{setting.Name} in {setting.Origin} points at a SQLite database ({setting.Value.Trim()})");
    }

    /// <summary><c>sqlite://</c> with an optional driver (<c>sqlite+pysqlite</c>, <c>sqlite+aiosqlite</c>).</summary>
    public static bool IsSqliteUrl(string value)
    {
        var trimmed = value.Trim().Trim('"', '\'');
        var scheme = trimmed.IndexOf("://", StringComparison.Ordinal);
        return scheme > 0 && trimmed[..scheme].Split('+')[0].Equals("sqlite", StringComparison.OrdinalIgnoreCase);
    }
}
