using Shipshape.Model;

namespace Shipshape.Facts.General;

/// <summary>Where the application's database is chosen: <c>SQLALCHEMY_DATABASE_URI</c>, <c>create_engine(url)</c>, Django <c>DATABASES</c>.</summary>
/// <param name="Literal">The URI written in the code, or the fallback of <c>os.getenv("DATABASE_URL", fallback)</c>; null when none.</param>
/// <param name="FromEnvironment">The value is read from the environment.</param>
public sealed record DatabaseUriFact(Location Location, string? Literal, bool FromEnvironment)
{
    /// <summary>The literal (or fallback) names SQLite.</summary>
    public bool IsSqlite => Literal is { } uri
        && (uri.StartsWith("sqlite", StringComparison.OrdinalIgnoreCase) || uri.EndsWith(".sqlite3", StringComparison.Ordinal)
            || uri == "django.db.backends.sqlite3");
}
