using Shipshape.Model;

namespace Shipshape.Facts.Python;

/// <summary>
/// A rate limiter created in code: Flask-Limiter's or slowapi's <c>Limiter(...)</c> (<paramref name="Library"/>).
/// <paramref name="Storage"/> is its <c>storage_uri</c> argument, null when it has none (or <c>None</c>): the
/// library then reads its configuration (<c>RATELIMIT_STORAGE_URI</c>, slowapi's <c>RATELIMIT_STORAGE_URL</c>)
/// and, without one, counts in <c>memory://</c>. <paramref name="StorageSetting"/> names the configuration
/// value the argument reads (<c>app.config['RATELIMIT_STORAGE_URI']</c>, <c>settings.REDIS_URL</c>), when it reads one.
/// </summary>
public sealed record RateLimiterFact(string Library, PythonValue? Storage, string? StorageSetting, Location Location)
{
    public override string ToString() =>
        $"{Library} limiter, storage {(Storage is null ? "from configuration" : StorageSetting is null ? Storage.ToString() : "setting " + StorageSetting)} at {Location}";
}
