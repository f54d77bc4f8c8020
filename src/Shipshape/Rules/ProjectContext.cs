using Shipshape.Discovery;
using Shipshape.Facts;
using Shipshape.Model;
using Shipshape.Settings;

namespace Shipshape.Rules;

/// <summary>
/// What a project rule sees: the inventory of files read, the facts gathered, the detected
/// frameworks, the app's entry point, and <see cref="Report"/> for findings. Rules do not read
/// files themselves: what they need from file contents comes as facts.
/// </summary>
public sealed class ProjectContext
{
    private readonly ProjectState _state;
    private readonly RuleMetadata _rule;

    internal ProjectContext(ProjectState state, RuleMetadata rule)
    {
        _state = state;
        _rule = rule;
    }

    /// <summary>The findings this rule reported.</summary>
    internal List<Finding> Findings { get; } = [];

    /// <summary>Every file read, sorted by path.</summary>
    public IReadOnlyList<ProjectFile> Files => _state.Files;
    public ProjectFacts Facts => _state.Facts;
    public IReadOnlySet<Framework> Frameworks => _state.Frameworks;
    public Thresholds Thresholds => _state.Thresholds;

    /// <summary>Where "absent" findings point: the app's entry module, or null when none was found.</summary>
    public Location? EntryPoint => _state.EntryPoint;

    /// <summary>Reports a finding of this rule; the snippet defaults to the located code (none for a whole-file location).</summary>
    /// <param name="confidence">This finding's confidence when lower than the rule's usual one.</param>
    /// <param name="secret">A secret value the finding is about: masked wherever the message or snippet shows it.</param>
    /// <param name="severity">This finding's severity when the catalogue gives this case another than the rule's default.</param>
    public void Report(Location? location, string message, string? snippet = null, string? fix = null,
        IReadOnlyList<Evidence>? evidence = null, Confidence? confidence = null, string? secret = null, Severity? severity = null) =>
        Findings.Add(FindingFactory.Create(_rule, _state.SeverityOf(_rule, severity), message, location,
            snippet ?? (location is null || location.IsWholeFile ? "" : _state.ReadSnippet(location)), fix, evidence, confidence, secret));
}
