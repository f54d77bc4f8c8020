using Shipshape.Model;

namespace Shipshape.Discovery;

/// <summary>Files to read (sorted by path) and paths skipped while walking (sorted by path).</summary>
public sealed record DiscoveryResult(IReadOnlyList<DiscoveredFile> Files, IReadOnlyList<SkippedFile> Skipped);
