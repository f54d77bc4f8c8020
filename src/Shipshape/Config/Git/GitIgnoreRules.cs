using MAB.DotIgnore;

namespace Shipshape.Config.Git;

/// <summary>
/// Answers "does a .gitignore cover this path?" for files under a root, using every .gitignore
/// from the root down to the file's directory (each applies to paths relative to where it sits),
/// and counting a file as ignored when one of its parent directories is.
/// </summary>
public sealed class GitIgnoreRules
{
    private readonly string root;
    private readonly Dictionary<string, IgnoreList?> listsByDirectory = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    public GitIgnoreRules(string root) => this.root = Path.GetFullPath(root);

    /// <param name="relativePath">A path relative to the root, with forward slashes.</param>
    public bool IsIgnored(string relativePath)
    {
        var segments = relativePath.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var depth = 0; depth < segments.Length; depth++)
        {
            var directory = string.Join('/', segments.Take(depth));
            if (ListFor(directory) is not { } list)
                continue;
            // Check the target and each of its parent directories below this .gitignore.
            for (var end = depth + 1; end <= segments.Length; end++)
            {
                var candidate = string.Join('/', segments[depth..end]);
                if (list.IsIgnored(candidate, pathIsDirectory: end < segments.Length))
                    return true;
            }
        }
        return false;
    }

    private IgnoreList? ListFor(string directory)
    {
        lock (gate)
        {
            if (!listsByDirectory.TryGetValue(directory, out var list))
            {
                var file = Path.Combine(root, directory.Replace('/', Path.DirectorySeparatorChar), ".gitignore");
                list = ReadList(file);
                listsByDirectory[directory] = list;
            }
            return list;
        }
    }

    private static IgnoreList? ReadList(string file)
    {
        try
        {
            return File.Exists(file) ? new IgnoreList(File.ReadAllLines(file), MatchFlags.PATHNAME) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
