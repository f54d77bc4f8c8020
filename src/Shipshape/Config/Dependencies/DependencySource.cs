using Shipshape.Discovery;
using Shipshape.Rules;

namespace Shipshape.Config.Dependencies;

/// <summary>
/// A dependency list (requirements*.txt, pyproject.toml, Pipfile) as rules see it. For a
/// requirements file, <see cref="Resolved"/> also holds the files it includes with <c>-r</c>/<c>-c</c>,
/// read from disk but never outside the scanned folder.
/// </summary>
public sealed record DependencySource(DependencyManifest Manifest, ResolvedRequirements? Resolved) : IParsedFile<DependencySource>
{
    /// <summary>True when the requirement is pinned itself or by a constraint file the list includes.</summary>
    public bool IsPinned(Requirement requirement) =>
        requirement.IsPinned || Resolved?.IsPinnedByConstraint(requirement.Name) == true;

    public static DependencySource Parse(FileContext file)
    {
        var source = file.Kind switch
        {
            FileKind.Pyproject => new DependencySource(PyprojectReader.Read(file.Text), null),
            FileKind.Pipfile => new DependencySource(PipfileReader.Read(file.Text), null),
            _ => FromRequirements(file),
        };
        return file.WithDiagnostics(source, source.Manifest.Diagnostics);
    }

    private static DependencySource FromRequirements(FileContext file)
    {
        var manifest = RequirementsParser.Parse(file.Text);
        var resolved = RequirementsResolver.Resolve(file.FullPath, file.RootPath);
        // The root file's diagnostics include those about its includes; included files report their own.
        var own = resolved.Files.IsEmpty ? manifest : manifest with { Diagnostics = resolved.Files[0].Manifest.Diagnostics };
        return new DependencySource(own, resolved);
    }
}
