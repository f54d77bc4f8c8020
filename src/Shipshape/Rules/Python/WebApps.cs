namespace Shipshape.Rules.Python;

/// <summary>
/// Rules about how a web application keeps state or reports errors only apply to web applications:
/// the same code in a library or a command-line tool is not wrong.
/// </summary>
public static class WebApps
{
    /// <summary>The not-applicable outcome when no web framework was detected, else null.</summary>
    public static CheckOutcome? NotAWebApp(ProjectContext project) =>
        project.Frameworks.Count == 0 ? CheckOutcome.NotApplicable("no web framework (Flask, FastAPI, Starlette, Django) detected") : null;
}
