using System.Collections.Immutable;

namespace Shipshape.Config.Dependencies;

/// <summary>
/// Follows <c>-r</c> and <c>-c</c> includes from a requirements file on disk, each resolved relative
/// to the file that names it. A file met twice is read once (so cycles end); a missing include, or
/// one outside <c>boundary</c> (the scanned folder), is a diagnostic on the line that names it.
/// </summary>
public static class RequirementsResolver
{
    private const int MaxFiles = 256;

    public static ResolvedRequirements Resolve(string path, string? boundary = null)
    {
        var limit = boundary is null ? null : Path.GetFullPath(boundary).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var files = ImmutableArray.CreateBuilder<ResolvedRequirementsFile>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<(string Path, bool IsConstraint)>();
        pending.Enqueue((Path.GetFullPath(path), false));

        while (pending.Count > 0 && files.Count < MaxFiles)
        {
            var (file, isConstraint) = pending.Dequeue();
            if (!seen.Add(file))
                continue;
            var manifest = Read(file);
            var diagnostics = manifest.Diagnostics.ToBuilder();
            foreach (var include in manifest.Includes)
            {
                var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, include.Path));
                if (limit is not null && !target.StartsWith(limit, StringComparison.Ordinal))
                    diagnostics.Add(new($"included file '{include.Path}' is outside the scanned folder; not read", include.Position));
                else if (!File.Exists(target))
                    diagnostics.Add(new($"included file '{include.Path}' not found", include.Position));
                else if (seen.Contains(target))
                    continue; // already read: an include cycle or a shared file
                else
                    pending.Enqueue((target, isConstraint || include.IsConstraint));
            }
            files.Add(new ResolvedRequirementsFile(file, isConstraint, manifest with { Diagnostics = diagnostics.ToImmutable() }));
        }
        return new ResolvedRequirements(files.ToImmutable());
    }

    private static DependencyManifest Read(string path)
    {
        try
        {
            return RequirementsParser.Parse(File.ReadAllText(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new DependencyManifest([], [], [new ConfigDiagnostic($"cannot read the file: {e.Message}", new SourcePosition(1, 1))]);
        }
    }
}

/// <summary>One file reached from a requirements file; <see cref="IsConstraint"/> when reached through <c>-c</c>.</summary>
public sealed record ResolvedRequirementsFile(string FullPath, bool IsConstraint, DependencyManifest Manifest);

/// <summary>A requirements file and every file it includes, in the order they were reached (the first is the root).</summary>
public sealed record ResolvedRequirements(ImmutableArray<ResolvedRequirementsFile> Files)
{
    /// <summary>Requirements that will be installed (not those of constraint files).</summary>
    public IEnumerable<Requirement> Requirements => Files.Where(f => !f.IsConstraint).SelectMany(f => f.Manifest.Requirements);

    /// <summary>True when a constraint file reached from the root pins this package to one version.</summary>
    public bool IsPinnedByConstraint(string packageName)
    {
        var normalized = PackageName.Normalize(packageName);
        return Files.Where(f => f.IsConstraint)
            .SelectMany(f => f.Manifest.Requirements)
            .Any(r => r.NormalizedName == normalized && r.IsPinned);
    }
}
