using Shipshape.Model;
using Shipshape.Python.Ast;
using Shipshape.Rules;
using Attribute = Shipshape.Python.Ast.Attribute;
using Shipshape.Rules.Python;

namespace Shipshape.Facts.Python;

/// <summary>
/// The Python forms of "debug mode on", read from one file: <c>app.run(debug=True)</c>,
/// <c>Flask/FastAPI/Starlette(debug=True)</c>, <c>app.debug = True</c>, <c>app.config['DEBUG'] = True</c>,
/// <c>app.config.update(DEBUG=True)</c>. Environment reads count by their default. <c>DEBUG = True</c> in a
/// configuration class is judged with the whole project in view (DBG001's project part: a production
/// subclass in another module may turn it off); Django settings modules are left to DBG002.
/// </summary>
public static class PythonDebugForms
{
    public static IReadOnlyList<(Location Location, string Message)> Find(FileContext file)
    {
        var reader = new PythonValueReader(file);
        var semantics = file.Python.Semantics;
        var module = file.Python.Parsed.Module;
        var results = new List<(Location, string)>();
        if (module.Body.Any(s => s is Assign { Targets: [Name { Id: "INSTALLED_APPS" or "MIDDLEWARE" or "ROOT_URLCONF" }] })) return results;

        foreach (var (node, _, _, _) in file.Parsed<PythonIndex>().Nodes)
        {
            switch (node)
            {
                case Call call when call.Keywords.FirstOrDefault(k => k.Arg == "debug") is { } keyword
                                    && (WebObjects.Classify(semantics.CalleeName(call)) is { Kind: WebObjectKind.App } || call.Func is Attribute { Attr: "run" }):
                    Add(results, Judge(reader.Read(keyword.Value), file.LocationOf(keyword.Range), $"`{file.Python.Parsed.Text(call.Func.Range)}(debug=...)`"));
                    break;
                case Call { Func: Attribute { Attr: "update", Value: Attribute { Attr: "config" } } } update:
                    foreach (var keyword in update.Keywords.Where(k => k.Arg is "DEBUG" or "FLASK_DEBUG"))
                        Add(results, Judge(reader.Read(keyword.Value), file.LocationOf(keyword.Range), $"`config.update({keyword.Arg}=...)`"));
                    break;
                case Assign { Targets: [Attribute { Attr: "debug", Value: Name app }], Value: var value } assign when app.Id.Contains("app", StringComparison.OrdinalIgnoreCase):
                    Add(results, Judge(reader.Read(value), file.LocationOf(assign.Range), $"`{app.Id}.debug`"));
                    break;
                case Assign { Targets: [Subscript { Value: Attribute { Attr: "config" }, Slice: var key }], Value: var value } assign
                    when semantics.StaticString(key) is "DEBUG" or "FLASK_DEBUG":
                    Add(results, Judge(reader.Read(value), file.LocationOf(assign.Range), "`config['DEBUG']`"));
                    break;
            }
        }

        return results;
    }

    private static void Add(List<(Location, string)> results, (Location, string)? found)
    {
        if (found is { } value) results.Add(value);
    }

    /// <summary>The finding for a debug switch set to <paramref name="value"/> at <paramref name="at"/>, or null when it is off.</summary>
    public static (Location Location, string Message)? Judge(PythonValue value, Location at, string where)
    {
        if (value.IsTruthyLiteral)
            return (at, $"Debug mode is on: {where} is {value} in code production runs; the debugger exposes code execution and tracebacks");
        if (value is PythonValue.Environment { Variable: var variable, Default: { } fallback } && fallback.IsTruthyLiteral)
            return (fallback.Location, $"Debug mode defaults to on: {where} reads {variable} from the environment and falls back to {fallback} when it is unset");
        return null;
    }
}
