using Shipshape.Discovery;
using Shipshape.Facts;
using Shipshape.Model;

namespace Shipshape.Scanning;

/// <summary>
/// Where project-level ("absent") findings point: the call that creates the application object
/// (shallowest file first), else the module WSGI/ASGI servers conventionally start from.
/// </summary>
internal static class EntryPointLocator
{
    private static readonly string[] Names =
        ["app.py", "main.py", "wsgi.py", "asgi.py", "manage.py", "run.py", "application.py", "server.py", "__init__.py"];

    public static Location? Find(IReadOnlyList<ProjectFile> files, ProjectFacts facts)
    {
        var app = facts.Get(FactKeys.Apps)
            .OrderBy(a => Depth(a.Location.Path)).ThenBy(a => a.Location.Path, StringComparer.Ordinal)
            .FirstOrDefault();
        if (app is not null) return app.Location;

        var module = files
            .Where(f => f.Kind == FileKind.Python)
            .Select(f => (File: f, Rank: Array.IndexOf(Names, f.Path.Split('/')[^1])))
            .Where(c => c.Rank >= 0)
            .OrderBy(c => Depth(c.File.Path)).ThenBy(c => c.Rank).ThenBy(c => c.File.Path, StringComparer.Ordinal)
            .Select(c => c.File)
            .FirstOrDefault();
        return module is null ? null : Location.File(module.Path);
    }

    private static int Depth(string path) => path.Count(c => c == '/');
}
