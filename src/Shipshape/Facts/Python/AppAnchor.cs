using Shipshape.Model;

namespace Shipshape.Facts.Python;

/// <summary>
/// Where a project-level ("absent") finding about the web app belongs: the line that creates the
/// application object (outside tests), else the production Django settings module, else the
/// engine's entry point.
/// </summary>
public static class AppAnchor
{
    public static Location? Of(ProjectFacts facts, Location? entryPoint)
    {
        var app = facts.Get(FactKeys.PythonApps).FirstOrDefault(a => !PythonModuleName.IsTest(a.Location.Path));
        if (app is not null) return app.Location;
        var django = ProductionConfig.From(facts);
        return django.IsDjango ? django.Location : entryPoint;
    }

    /// <summary>True when the project has a Flask, FastAPI, Starlette app object or Django settings.</summary>
    public static bool HasWebApp(ProjectFacts facts) =>
        facts.Get(FactKeys.PythonApps).Count > 0 || facts.Get(FactKeys.ConfigValues).Any(v => v.ScopeKind == ConfigScopeKind.DjangoSettings);
}
