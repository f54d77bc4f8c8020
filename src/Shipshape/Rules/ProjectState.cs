using Shipshape.Discovery;
using Shipshape.Facts;
using Shipshape.Model;
using Shipshape.Settings;

namespace Shipshape.Rules;

/// <summary>What the engine hands every project rule (shared, read-only).</summary>
internal sealed class ProjectState(
    IReadOnlyList<ProjectFile> files,
    ProjectFacts facts,
    IReadOnlySet<Framework> frameworks,
    Thresholds thresholds,
    Location? entryPoint,
    Func<RuleMetadata, Severity?, Severity> severityOf,
    Func<Location, string> readSnippet)
{
    public IReadOnlyList<ProjectFile> Files { get; } = files;
    public ProjectFacts Facts { get; } = facts;
    public IReadOnlySet<Framework> Frameworks { get; } = frameworks;
    public Thresholds Thresholds { get; } = thresholds;
    public Location? EntryPoint { get; } = entryPoint;
    /// <summary>A finding's severity from its rule and the severity the rule asked for (see <see cref="ShipshapeSettings.FindingSeverity"/>).</summary>
    public Func<RuleMetadata, Severity?, Severity> SeverityOf { get; } = severityOf;
    public Func<Location, string> ReadSnippet { get; } = readSnippet;
}
