using System.Collections.Immutable;

namespace Shipshape.Config.Dependencies;

/// <summary>
/// The dependencies one file declares (requirements*.txt, pyproject.toml or Pipfile), the files it
/// includes (requirements only) and any read problems.
/// </summary>
public sealed record DependencyManifest(
    ImmutableArray<Requirement> Requirements,
    ImmutableArray<DependencyInclude> Includes,
    ImmutableArray<ConfigDiagnostic> Diagnostics);
