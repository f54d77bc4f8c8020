using Shipshape.Python.Ast;
using Shipshape.Python.Semantics;
using Shipshape.Rules.Python;

namespace Shipshape.Facts.Python;

/// <summary>What kind of web object a constructor call makes, by the qualified name it resolves to.</summary>
public enum WebObjectKind
{
    App,
    Blueprint,
}

/// <summary>A variable holding an app, blueprint or router, with its URL prefix when it declares one.</summary>
public sealed record WebObject(string Variable, Framework Framework, WebObjectKind Kind, string Prefix, Call Constructor);

/// <summary>Recognises web-framework objects and their constructors through the semantic model.</summary>
public static class WebObjects
{
    public static (Framework Framework, WebObjectKind Kind)? Classify(string? qualifiedName) => qualifiedName switch
    {
        "flask.Flask" or "flask.app.Flask" => (Framework.Flask, WebObjectKind.App),
        "flask.Blueprint" or "flask.blueprints.Blueprint" => (Framework.Flask, WebObjectKind.Blueprint),
        "fastapi.FastAPI" or "fastapi.applications.FastAPI" => (Framework.FastApi, WebObjectKind.App),
        "fastapi.APIRouter" or "fastapi.routing.APIRouter" => (Framework.FastApi, WebObjectKind.Blueprint),
        "starlette.applications.Starlette" => (Framework.Starlette, WebObjectKind.App),
        _ => null,
    };

    /// <summary>Every <c>name = Flask(...)</c> / <c>Blueprint(...)</c> / <c>FastAPI(...)</c> / <c>APIRouter(...)</c> in the module, by variable.</summary>
    public static Dictionary<string, WebObject> Find(PythonIndex index)
    {
        var semantics = index.Semantics;
        var found = new Dictionary<string, WebObject>(StringComparer.Ordinal);
        foreach (var scoped in index.Nodes)
        {
            if (scoped.Node is not Assign { Targets: [Name target], Value: Call call }) continue;
            if (Classify(semantics.CalleeName(call)) is not { } kind) continue;
            var prefixArgument = kind.Kind == WebObjectKind.Blueprint
                ? call.Keyword(kind.Framework == Framework.Flask ? "url_prefix" : "prefix")
                : null;
            var prefix = prefixArgument is null ? "" : semantics.StaticString(prefixArgument) ?? "";
            found.TryAdd(target.Id, new WebObject(target.Id, kind.Framework, kind.Kind, prefix, call));
        }

        return found;
    }
}
