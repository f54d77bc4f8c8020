using Shipshape.Discovery;
using Shipshape.Model;

namespace Shipshape.Scanning;

/// <summary>
/// Where project-level ("absent") findings point: the module that starts the app, chosen by the
/// conventional names WSGI/ASGI servers and frameworks use, shallowest first.
/// </summary>
internal static class EntryPointLocator
{
    private static readonly string[] Names =
        ["app.py", "main.py", "wsgi.py", "asgi.py", "manage.py", "run.py", "application.py", "server.py", "__init__.py"];

    public static Location? Find(IReadOnlyList<ProjectFile> files)
    {
        var best = files
            .Where(f => f.Kind == FileKind.Python)
            .Select(f => (File: f, Rank: Array.IndexOf(Names, f.Path.Split('/')[^1]), Depth: f.Path.Count(c => c == '/')))
            .Where(c => c.Rank >= 0)
            .OrderBy(c => c.Depth).ThenBy(c => c.Rank).ThenBy(c => c.File.Path, StringComparer.Ordinal)
            .Select(c => c.File)
            .FirstOrDefault();
        return best is null ? null : Location.File(best.Path);
    }
}
