using Shipshape.Model;

namespace Shipshape.Facts;

/// <summary>
/// Where a rate limiter keeps its counters: a storage URI (<c>memory://</c>, <c>redis://…</c>), from
/// configuration (<c>RATELIMIT_STORAGE_URI</c>) or code (<c>Limiter(storage_uri=…)</c>, issue 4).
/// </summary>
public sealed record RateLimitStorageFact(string StorageUri, Location Location)
{
    /// <summary>Counters in the process's own memory: each worker counts separately and restarts reset them.</summary>
    public bool IsInProcessMemory => StorageUri.StartsWith("memory://", StringComparison.OrdinalIgnoreCase);
}
