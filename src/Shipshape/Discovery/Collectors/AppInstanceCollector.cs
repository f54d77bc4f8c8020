using Shipshape.Facts;
using Shipshape.Rules;
using Shipshape.Rules.Python;

namespace Shipshape.Discovery.Collectors;

/// <summary>
/// Publishes an <see cref="AppFact"/> where a Python file creates the web application, resolving
/// the callee through imports (<c>from flask import Flask as F; F(__name__)</c> counts).
/// </summary>
public sealed class AppInstanceCollector : IFactCollector
{
    private static readonly Dictionary<string, Framework> Factories = new(StringComparer.Ordinal)
    {
        ["flask.Flask"] = Framework.Flask,
        ["fastapi.FastAPI"] = Framework.FastApi,
        ["starlette.applications.Starlette"] = Framework.Starlette,
        ["django.core.wsgi.get_wsgi_application"] = Framework.Django,
        ["django.core.asgi.get_asgi_application"] = Framework.Django,
    };

    public IReadOnlySet<FileKind> FileKinds { get; } = new HashSet<FileKind> { FileKind.Python };

    public void Collect(FileContext file)
    {
        // The shared per-file index already resolved every callee in one walk; walking the tree again
        // here cost more than any other collector on large trees.
        foreach (var site in file.Parsed<PythonIndex>().Calls)
        {
            if (site.Callee is { } name && Factories.TryGetValue(name, out var framework))
                file.Facts.Add(FactKeys.Apps, new AppFact(framework, file.LocationOf(site.Call.Range)));
        }
    }
}
