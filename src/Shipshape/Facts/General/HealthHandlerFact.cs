using Shipshape.Model;

namespace Shipshape.Facts.General;

/// <summary>A health or readiness route's handler and the dependency it touches, if any.</summary>
/// <param name="Path">The route path as written ("/health").</param>
/// <param name="Location">The handler's <c>def</c>.</param>
/// <param name="Dependency">What it checks ("db.session.execute", "redis.ping"), or null when it only answers.</param>
public sealed record HealthHandlerFact(string Path, Location Location, string? Dependency);
