using Shipshape.Settings;

namespace Shipshape.Discovery;

/// <summary>What to leave out: gitignore-style exclude globs and the size limit in bytes.</summary>
public sealed record DiscoveryOptions(IReadOnlyList<string> Excludes, long MaxFileSize = Thresholds.DefaultMaxFileSize)
{
    public static DiscoveryOptions Default { get; } = new([]);
}
