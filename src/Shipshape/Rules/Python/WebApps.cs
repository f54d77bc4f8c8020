using Shipshape.Facts.Python;
using Shipshape.Model;

namespace Shipshape.Rules.Python;

/// <summary>
/// Rules about how a web application keeps state or reports errors only apply to web applications:
/// the same code in a library or a command-line tool is not wrong. The two shapes those rules take
/// (one finding per fact; a fact that must exist somewhere) live here once.
/// </summary>
public static class WebApps
{
    /// <summary>The not-applicable outcome when no web framework was detected, else null.</summary>
    public static CheckOutcome? NotAWebApp(ProjectContext project) =>
        project.Frameworks.Count == 0 ? CheckOutcome.NotApplicable("no web framework (Flask, FastAPI, Starlette, Django) detected") : null;

    /// <summary>In a web application, one finding per fact: fail when there is one, pass otherwise.</summary>
    public static CheckOutcome ReportEach<T>(ProjectContext project, IReadOnlyList<T> facts, Func<T, Location> location,
        Func<T, string> message, string passReason)
    {
        if (NotAWebApp(project) is { } notApplicable) return notApplicable;
        foreach (var fact in facts) project.Report(location(fact), message(fact));
        return facts.Count > 0 ? CheckOutcome.Fail() : CheckOutcome.Pass(passReason);
    }

    /// <summary>
    /// In a web application, pass when a fact shows the provision somewhere (described by where it is), else one
    /// finding at the app object saying what was searched for.
    /// </summary>
    public static CheckOutcome RequireAny<T>(ProjectContext project, IReadOnlyList<T> facts, Func<T, (string What, Location Where)> describe,
        string absentMessage)
    {
        if (NotAWebApp(project) is { } notApplicable) return notApplicable;
        if (facts.Count > 0)
        {
            var (what, where) = describe(facts[0]);
            return CheckOutcome.Pass($"{what} at {where.Path}:{where.StartLine}");
        }

        project.Report(AppAnchor.Of(project.Facts, project.EntryPoint), absentMessage);
        return CheckOutcome.Fail();
    }
}
