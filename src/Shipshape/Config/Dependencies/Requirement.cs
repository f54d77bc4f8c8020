using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Shipshape.Config.Dependencies;

/// <summary>
/// One dependency from requirements*.txt, pyproject.toml or a Pipfile, in PEP 508 terms.
/// <see cref="Specifier"/> is the version clause (<c>==2.3.1</c>, <c>&gt;=2,&lt;3</c>, empty for any
/// version); <see cref="Url"/> is set for VCS, URL and path requirements; <see cref="Group"/> is the
/// dependency group ("main", "dev", an extra's name, …); <see cref="Text"/> is the requirement as written.
/// </summary>
public sealed partial record Requirement(
    string Name,
    ImmutableArray<string> Extras,
    string Specifier,
    string? Marker,
    RequirementKind Kind,
    string? Url,
    ImmutableArray<string> Hashes,
    bool IsEditable,
    string Group,
    SourcePosition Position,
    string Text)
{
    public string NormalizedName => PackageName.Normalize(Name);

    [GeneratedRegex(@"^\s*(===?)\s*([^,*\s]+)\s*$")]
    private static partial Regex ExactVersion();

    [GeneratedRegex(@"@[0-9a-fA-F]{40}(#|$)")]
    private static partial Regex CommitReference();

    /// <summary>The exact version when the specifier pins one (<c>==1.2.3</c>), else null.</summary>
    public string? PinnedVersion => ExactVersion().Match(Specifier) is { Success: true } m ? m.Groups[2].Value : null;

    /// <summary>
    /// Reproducible: an exact <c>==</c>/<c>===</c> version for index packages, a full commit hash for
    /// VCS, hashes for URLs. Local paths are part of the project and count as pinned.
    /// </summary>
    public bool IsPinned => Kind switch
    {
        RequirementKind.Registry => PinnedVersion is not null,
        RequirementKind.Vcs => CommitReference().IsMatch(Url ?? "") || !Hashes.IsEmpty,
        RequirementKind.Url => !Hashes.IsEmpty || (Url ?? "").Contains("#sha256=", StringComparison.Ordinal),
        _ => true,
    };
}
