using Shipshape.Facts;

namespace Shipshape.Scanning;

/// <summary>The frameworks a project uses: every framework some fact (import, dependency, settings) points to.</summary>
internal static class FrameworkDetector
{
    public static IReadOnlySet<Framework> Detect(ProjectFacts facts) =>
        facts.Get(FactKeys.Frameworks).Select(f => f.Framework).ToHashSet();
}
