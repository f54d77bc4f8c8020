using Shipshape.Discovery;
using Shipshape.Python.Ast;
using Shipshape.Python.Semantics;
using Shipshape.Rules;
using Shipshape.Rules.Python;
using Attribute = Shipshape.Python.Ast.Attribute;

namespace Shipshape.Facts.General;

/// <summary>
/// Publishes <see cref="RequestPathFact"/>s: request data reaching a path join (<c>os.path.join</c>,
/// <c>pathlib.Path</c>) or a file operation (<c>open</c>, <c>send_file</c>, <c>os.remove</c>, an upload's
/// <c>.save</c>). A file operation on a joined path is reported once, at the join.
/// </summary>
public sealed class RequestPathCollector : IFactCollector
{
    private static readonly HashSet<string> Joins = new(StringComparer.Ordinal)
    {
        "os.path.join", "posixpath.join", "pathlib.Path", "pathlib.PurePath",
    };

    private static readonly HashSet<string> FileOperations = new(StringComparer.Ordinal)
    {
        "open", "io.open", "flask.send_file", "flask.helpers.send_file", "os.remove", "os.unlink", "os.rmdir",
        "shutil.rmtree", "shutil.copy", "shutil.copyfile", "shutil.move", "starlette.responses.FileResponse",
        "fastapi.responses.FileResponse", "django.http.FileResponse",
    };

    public IReadOnlySet<FileKind> FileKinds { get; } = new HashSet<FileKind> { FileKind.Python };

    public void Collect(FileContext file)
    {
        if (CodePaths.IsTest(file.Path)) return;
        var index = file.Parsed<PythonIndex>();
        RequestData? requestData = null;
        foreach (var site in index.Calls)
        {
            if (site.Callee is not { } callee || site.Call.HasUnpacking()) continue;
            var call = site.Call;
            if (Joins.Contains(callee))
            {
                if (call.Args.Skip(callee.StartsWith("pathlib", StringComparison.Ordinal) ? 0 : 1)
                    .Any(a => (requestData ??= new RequestData(index)).Carries(a, site.Function)))
                    file.Facts.Add(FactKeys.RequestPaths, new RequestPathFact(file.LocationOf(call.Range), callee));
                continue;
            }

            var isSave = call.Func is Attribute { Attr: "save" } && call.Args.Length == 1;
            if (!FileOperations.Contains(callee) && !isSave || call.Args.Length == 0) continue;
            var path = call.Args[0];
            if (IsJoin(path, site, index)) continue;
            if ((requestData ??= new RequestData(index)).Carries(path, site.Function))
                file.Facts.Add(FactKeys.RequestPaths, new RequestPathFact(file.LocationOf(call.Range), isSave ? ".save" : callee));
        }
    }

    /// <summary>A join, or a local assigned from one: already judged at the join.</summary>
    private static bool IsJoin(Expr path, CallSite site, PythonIndex index)
    {
        var value = path is Name name ? LocalAssignments.LastValue(index, site.Function, name.Id, site.Call.Range.Start) ?? path : path;
        return value is Call join && index.Semantics.CalleeName(join) is { } callee && Joins.Contains(callee);
    }
}
