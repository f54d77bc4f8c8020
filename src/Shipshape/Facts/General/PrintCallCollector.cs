using Shipshape.Discovery;
using Shipshape.Python.Ast;
using Shipshape.Rules;
using Shipshape.Rules.Python;

namespace Shipshape.Facts.General;

/// <summary>
/// Publishes <see cref="PrintCallFact"/>s. A <c>__main__</c> block counts as application code only when
/// it starts a server (<c>app.run(...)</c>, <c>uvicorn.run(...)</c>): that is the app's own start-up path,
/// while the <c>__main__</c> block of a helper module is a command-line entry.
/// </summary>
public sealed class PrintCallCollector : IFactCollector
{
    public IReadOnlySet<FileKind> FileKinds { get; } = new HashSet<FileKind> { FileKind.Python };

    public void Collect(FileContext file)
    {
        if (CodePaths.IsTestOrScript(file.Path)) return;
        var index = file.Parsed<PythonIndex>();
        var mainStartsServer = index.Calls.Any(c => c.InMainGuard && c.MethodName is "run" or "run_app" or "serve");
        foreach (var site in index.Calls)
        {
            if (site.Callee != "print" || site.Call.Func is not Name) continue;
            if (site.InMainGuard && !mainStartsServer) continue;
            file.Facts.Add(FactKeys.PrintCalls, new PrintCallFact(file.LocationOf(site.Call.Func.Range)));
        }
    }
}
