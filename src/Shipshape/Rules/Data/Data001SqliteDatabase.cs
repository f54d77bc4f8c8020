using Shipshape.Config;
using Shipshape.Discovery;
using Shipshape.Model;

namespace Shipshape.Rules.Data;

/// <summary>
/// DATA001: SQLite as the production database. This file hosts every form of the rule, dispatched by
/// file kind: the configuration form (a <c>sqlite:</c> URL in env files, compose <c>environment</c>
/// or Dockerfile <c>ENV</c>) is implemented here; the Python form (<c>SQLALCHEMY_DATABASE_URI =
/// "sqlite:///…"</c>, Django's <c>ENGINE: django.db.backends.sqlite3</c>) belongs in
/// <see cref="Check"/> as another case when it is added.
/// </summary>
public sealed class Data001SqliteDatabase : IFileRule
{
    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Data001,
        Name: "sqlite-production-database",
        Category: Categories.Data,
        Severity: Severity.Medium,
        Confidence: Confidence.High,
        Kind: RuleKind.Static,
        Summary: "Checks for SQLite database URLs (`sqlite:///…`, `sqlite+aiosqlite:///…`) in configuration that can "
            + "reach production: env files, compose `environment:` and Dockerfile `ENV`. Development-only files are not checked.",
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

    // The Python form will add FileKind.Python here and a case below.
    public IReadOnlySet<FileKind> FileKinds { get; } = ConfigSettings.Kinds;

    public void Check(FileContext file)
    {
        if (ConfigSettings.Kinds.Contains(file.Kind))
            CheckSettings(file);
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
