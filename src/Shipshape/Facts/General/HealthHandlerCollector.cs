using Shipshape.Discovery;
using Shipshape.Python.Ast;
using Shipshape.Rules;
using Shipshape.Rules.Python;
using Attribute = Shipshape.Python.Ast.Attribute;

namespace Shipshape.Facts.General;

/// <summary>
/// Publishes <see cref="HealthHandlerFact"/>s for route handlers on health paths, with the first call in
/// the handler that reaches a dependency: a query or ping (<c>execute</c>, <c>scalar</c>, <c>ping</c>,
/// <c>connect</c>, <c>query</c>), a session or connection opened, or an outbound HTTP request.
/// </summary>
public sealed class HealthHandlerCollector : IFactCollector
{
    private static readonly HashSet<string> DependencyMethods = new(StringComparer.Ordinal)
    {
        "execute", "scalar", "scalars", "ping", "connect", "query", "cursor", "get_connection", "info", "head_bucket",
        "check_health", "exists", "count", "first", "one",
    };

    public IReadOnlySet<FileKind> FileKinds { get; } = new HashSet<FileKind> { FileKind.Python };

    public void Collect(FileContext file)
    {
        if (CodePaths.IsTest(file.Path)) return;
        var index = file.Parsed<PythonIndex>();
        foreach (var function in index.Functions)
        {
            if (!RequestData.IsRouteHandler(function)) continue;
            var path = function.Decorators.OfType<Call>().Select(d => d.Args.Length > 0 ? index.Semantics.StaticString(d.Args[0]) : null)
                .FirstOrDefault(p => p is not null && HealthPaths.IsHealth(p));
            if (path is null) continue;
            var dependency = index.Calls
                .Where(c => ReferenceEquals(c.Function, function) || IsNestedIn(c.Function, function))
                .FirstOrDefault(c => IsDependencyCall(c))?.Callee;
            file.Facts.Add(FactKeys.HealthHandlers, new HealthHandlerFact(path, file.LocationOf(function.Definition.Range.Start,
                function.Definition.Range.Start + (function.IsAsync ? "async def" : "def").Length), dependency));
        }
    }

    private static bool IsNestedIn(PythonFunction? inner, PythonFunction outer)
    {
        for (var f = inner?.Parent; f is not null; f = f.Parent)
            if (ReferenceEquals(f, outer)) return true;
        return false;
    }

    private static bool IsDependencyCall(CallSite site) =>
        site.Call.Func is Attribute { Attr: var method } && DependencyMethods.Contains(method)
        || site.Callee is { } callee && (callee.StartsWith("requests.", StringComparison.Ordinal) || callee.StartsWith("httpx.", StringComparison.Ordinal)
            || callee.EndsWith("SessionLocal", StringComparison.Ordinal) || callee.EndsWith("Session", StringComparison.Ordinal));
}
