using Shipshape.Python.Ast;
using Attribute = Shipshape.Python.Ast.Attribute;

namespace Shipshape.Rules.Python;

/// <summary>
/// Recognises values that come from the HTTP request inside one function: Flask's and Starlette's
/// <c>request.args/form/files/json/...</c> (through the imported <c>flask.request</c> or a parameter named
/// <c>request</c>), Django's <c>request.GET/POST/FILES/body</c>, path parameters of route handlers, an
/// uploaded file's client-chosen <c>.filename</c>, and local names assigned from any of these (in order).
/// Sanitisers end the trail: <c>secure_filename</c>, <c>os.path.basename</c>, <c>int</c>, <c>float</c>, <c>len</c>.
/// </summary>
public sealed class RequestData
{
    private static readonly HashSet<string> DataAttributes = new(StringComparer.Ordinal)
    {
        "args", "form", "files", "values", "json", "data", "get_json", "get_data", "cookies", "headers",
        "GET", "POST", "FILES", "COOKIES", "META", "body", "query_params", "path_params", "stream",
    };

    private static readonly HashSet<string> Sanitisers = new(StringComparer.Ordinal)
    {
        "werkzeug.utils.secure_filename", "werkzeug.secure_filename", "os.path.basename", "posixpath.basename",
        "int", "float", "len", "bool", "uuid.UUID",
    };

    private static readonly HashSet<string> RouteDecorators = new(StringComparer.Ordinal)
    {
        "route", "get", "post", "put", "patch", "delete", "api_route", "websocket",
    };

    private readonly PythonIndex _index;
    private readonly bool _uploadsVisible;
    private readonly Dictionary<PythonFunction, HashSet<string>> _tainted = new(ReferenceEqualityComparer.Instance);

    public RequestData(PythonIndex index)
    {
        _index = index;
        // ".filename" is client-chosen only on framework upload objects; plain modules use the word for their own paths.
        _uploadsVisible = index.Semantics.Imports.Values.Any(q =>
            q.StartsWith("flask", StringComparison.Ordinal) || q.StartsWith("werkzeug", StringComparison.Ordinal)
            || q.StartsWith("fastapi", StringComparison.Ordinal) || q.StartsWith("starlette", StringComparison.Ordinal));
    }

    /// <summary>True when <paramref name="expression"/>, evaluated inside <paramref name="function"/>, carries request data.</summary>
    public bool Carries(Expr expression, PythonFunction? function)
    {
        var locals = function is null ? [] : TaintedLocals(function);
        return Carries(expression, locals);
    }

    private bool Carries(Expr expression, HashSet<string> locals)
    {
        switch (expression)
        {
            case Name name:
                return locals.Contains(name.Id);
            case Attribute attribute when IsRequestObject(attribute.Value) && DataAttributes.Contains(attribute.Attr):
                return true;
            case Attribute { Attr: "filename", Value: Name } when _uploadsVisible:
                return true;
            case Call call when _index.Semantics.CalleeName(call) is { } callee && Sanitisers.Contains(callee):
                return false;
            case Call call:
                // A method of request data (`name.strip()`, `request.args.get(...)`) or a string-building call
                // carries it on; what another function returns is unknown and is not assumed to.
                return call.Func is Attribute method && Carries(method.Value, locals)
                    || IsStringBuilder(call) && call.Args.Concat(call.Keywords.Select(k => k.Value)).Any(a => Carries(a, locals));
            case Constant:
                return false;
        }

        foreach (var child in expression.Children())
        {
            if (child is Expr value && Carries(value, locals)) return true;
            if (child is Keyword keyword && Carries(keyword.Value, locals)) return true;
        }

        return false;
    }

    private static readonly HashSet<string> StringBuilders = new(StringComparer.Ordinal)
    {
        "str", "os.path.join", "posixpath.join", "os.path.normpath", "os.path.abspath", "pathlib.Path", "pathlib.PurePath",
        "urllib.parse.unquote", "format",
    };

    private bool IsStringBuilder(Call call) =>
        _index.Semantics.CalleeName(call) is { } callee && StringBuilders.Contains(callee)
        || call.Func is Attribute { Attr: "join" or "format" or "replace", Value: Constant };

    private bool IsRequestObject(Expr expression) =>
        expression is Name { Id: "request" } || _index.Semantics.QualifiedName(expression) is "flask.request" or "quart.request";

    /// <summary>Local names that hold request data: handler path parameters, then assignments in source order.</summary>
    private HashSet<string> TaintedLocals(PythonFunction function)
    {
        if (_tainted.TryGetValue(function, out var known)) return known;
        var locals = new HashSet<string>(StringComparer.Ordinal);
        if (IsRouteHandler(function))
        {
            foreach (var parameter in function.Parameters)
            {
                if (parameter.Name is "self" or "request" or "db" or "session") continue;
                if (function.DefaultOf(parameter) is Call) continue; // Depends(...), Query(...) defaults are still data, but Depends is not
                if (IsNumeric(parameter.Annotation) || NumericPathParameters(function).Contains(parameter.Name)) continue;
                locals.Add(parameter.Name);
            }
        }

        foreach (var node in _index.NodesIn(function))
        {
            switch (node)
            {
                case Assign assign when Carries(assign.Value, locals):
                    foreach (var target in assign.Targets) AddNames(target, locals);
                    break;
                case For loop when Carries(loop.Iter, locals):
                    AddNames(loop.Target, locals);
                    break;
            }
        }

        _tainted[function] = locals;
        return locals;
    }

    /// <summary>A function decorated like a route (<c>@app.route</c>, <c>@router.get</c>, <c>@bp.post</c>).</summary>
    public static bool IsRouteHandler(PythonFunction function) => function.Decorators.Any(decorator =>
        decorator is Call { Func: Attribute attribute } && RouteDecorators.Contains(attribute.Attr));

    /// <summary>Flask path parameters with a numeric converter (<c>&lt;int:record_id&gt;</c>): never text.</summary>
    private HashSet<string> NumericPathParameters(PythonFunction function)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var decorator in function.Decorators)
        {
            if (decorator is not Call { Args: [var path, ..] } || _index.Semantics.StaticString(path) is not { } text) continue;
            foreach (var converter in new[] { "<int:", "<float:" })
            {
                for (var at = text.IndexOf(converter, StringComparison.Ordinal); at >= 0; at = text.IndexOf(converter, at + 1, StringComparison.Ordinal))
                {
                    var start = at + converter.Length;
                    var end = text.IndexOf('>', start);
                    if (end > start) names.Add(text[start..end]);
                }
            }
        }

        return names;
    }

    private static bool IsNumeric(Expr? annotation) => annotation is Name { Id: "int" or "float" or "bool" or "UUID" };

    private static void AddNames(Expr target, HashSet<string> names)
    {
        switch (target)
        {
            case Name name:
                names.Add(name.Id);
                break;
            case Shipshape.Python.Ast.Tuple tuple:
                foreach (var element in tuple.Elts) AddNames(element, names);
                break;
            case List list:
                foreach (var element in list.Elts) AddNames(element, names);
                break;
        }
    }
}
