namespace Shipshape.Facts.General;

/// <summary>Route paths that conventionally serve health, liveness or readiness probes.</summary>
public static class HealthPaths
{
    private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        "health", "healthz", "healthcheck", "health-check", "health_check", "ready", "readyz", "readiness", "live", "livez",
        "liveness", "ping", "status", "heartbeat", "_health",
    };

    /// <summary>True when the last segment of <paramref name="path"/> is a health name ("/api/v1/health", "/healthz").</summary>
    public static bool IsHealth(string path) =>
        path.Split('/', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } segments && Names.Contains(segments[^1].TrimEnd('$'));
}
