using MAB.DotIgnore;
using Shipshape.Model;

namespace Shipshape.Discovery;

/// <summary>
/// Walks a project folder and lists the files to read. Honours every .gitignore on the way and the
/// configured excludes; leaves out vendored and generated folders; never follows a symbolic link out
/// of the root; never enters a folder twice (so a link cycle ends). Oversize files and links that
/// lead outside are listed as skipped. Reads no file contents (see <see cref="FileReader"/>).
/// </summary>
public sealed class ProjectWalker
{
    // Folders that hold other people's code or build output, never the app's own.
    private static readonly HashSet<string> VendoredFolders = new(StringComparer.Ordinal)
    {
        ".git", ".hg", ".svn", "venv", ".venv", "site-packages", "node_modules", "__pycache__", "build",
        "dist", ".tox", ".nox", ".eggs", ".mypy_cache", ".pytest_cache", ".ruff_cache", "htmlcov",
        ".idea", ".vscode",
    };

    private readonly DiscoveryOptions _options;
    private readonly IgnoreList? _excludes;

    public ProjectWalker(DiscoveryOptions options)
    {
        _options = options;
        _excludes = options.Excludes.Count > 0 ? new IgnoreList(options.Excludes) : null;
    }

    /// <summary>Walks <paramref name="root"/>, which must be an existing folder.</summary>
    public DiscoveryResult Walk(string root)
    {
        var realRoot = RealPath.Resolve(Path.GetFullPath(root)) ?? Path.GetFullPath(root);
        var files = new List<DiscoveredFile>();
        var skipped = new List<SkippedFile>();
        var visited = new HashSet<string>(StringComparer.Ordinal) { realRoot };
        var pending = new Stack<(string FullPath, string Relative, IReadOnlyList<GitIgnore> Ignores)>();
        pending.Push((realRoot, "", []));

        while (pending.Count > 0)
        {
            var (folder, relative, inherited) = pending.Pop();
            var ignores = WithFolderIgnore(inherited, folder, relative);
            foreach (var entry in ListEntries(folder, relative, skipped))
            {
                var entryRelative = relative.Length == 0 ? entry.Name : $"{relative}/{entry.Name}";
                var isFolder = IsFolder(entry);
                if (IsIgnored(entryRelative, isFolder, ignores)) continue;

                string? real = entry.FullName;
                if (entry.LinkTarget is not null)
                {
                    real = RealPath.Resolve(entry.FullName);
                    if (real is null) { skipped.Add(new(entryRelative, SkipReasons.Unreadable)); continue; }
                    if (!RealPath.IsInside(real, realRoot)) { skipped.Add(new(entryRelative, SkipReasons.SymlinkOutsideRoot)); continue; }
                }

                if (isFolder)
                {
                    if (VendoredFolders.Contains(entry.Name) || entry.Name.EndsWith(".egg-info", StringComparison.Ordinal)
                        || File.Exists(Path.Combine(entry.FullName, "pyvenv.cfg")))
                        continue;
                    if (!visited.Add(real))
                    {
                        // A link back to a folder already walked: a cycle when it points at an ancestor, else an alias.
                        if (entry.LinkTarget is not null && RealPath.IsInside(folder, real))
                            skipped.Add(new(entryRelative, SkipReasons.SymlinkCycle));
                        continue;
                    }
                    pending.Push((real, entryRelative, ignores));
                    continue;
                }

                AddFile(entry, entryRelative, real, files, skipped);
            }
        }

        return new(
            files.OrderBy(f => f.File.Path, StringComparer.Ordinal).ToList(),
            skipped.OrderBy(s => s.Path, StringComparer.Ordinal).ToList());
    }

    private void AddFile(FileSystemInfo entry, string relative, string real, List<DiscoveredFile> files, List<SkippedFile> skipped)
    {
        long size;
        try
        {
            var info = new FileInfo(real);
            if (!info.Exists) return; // sockets, devices or a link to a folder we chose not to enter
            size = info.Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            skipped.Add(new(relative, SkipReasons.Unreadable));
            return;
        }
        if (size > _options.MaxFileSize)
        {
            skipped.Add(new(relative, SkipReasons.TooLarge));
            return;
        }
        files.Add(new(new ProjectFile(relative, FileClassifier.Classify(relative), size), entry.FullName));
    }

    private static IEnumerable<FileSystemInfo> ListEntries(string folder, string relative, List<SkippedFile> skipped)
    {
        try
        {
            // Sorted so the walk, and therefore everything after it, is the same on every run.
            return new DirectoryInfo(folder).EnumerateFileSystemInfos()
                .OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            skipped.Add(new(relative.Length == 0 ? "." : relative, SkipReasons.Unreadable));
            return [];
        }
    }

    private static bool IsFolder(FileSystemInfo entry)
    {
        if (entry is DirectoryInfo) return true;
        if (entry.LinkTarget is null) return false;
        return Directory.Exists(entry.FullName); // a link to a folder shows up as a FileInfo
    }

    private bool IsIgnored(string relative, bool isFolder, IReadOnlyList<GitIgnore> ignores)
    {
        if (_excludes?.IsIgnored(relative, isFolder) == true) return true;
        foreach (var ignore in ignores)
        {
            var local = ignore.Folder.Length == 0 ? relative : relative[(ignore.Folder.Length + 1)..];
            if (ignore.Rules.IsIgnored(local, isFolder)) return true;
        }
        return false;
    }

    private static IReadOnlyList<GitIgnore> WithFolderIgnore(IReadOnlyList<GitIgnore> inherited, string folder, string relative)
    {
        var path = Path.Combine(folder, ".gitignore");
        try
        {
            if (!File.Exists(path)) return inherited;
            var rules = new IgnoreList(File.ReadAllLines(path).Where(l => l.Length > 0 && l[0] != '#'));
            return [.. inherited, new GitIgnore(relative, rules)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return inherited; // an unreadable .gitignore excludes nothing
        }
    }

    /// <summary>The rules of one .gitignore and the folder (root-relative) they are relative to.</summary>
    private sealed record GitIgnore(string Folder, IgnoreList Rules);
}
