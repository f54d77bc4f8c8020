namespace Shipshape.Rules;

/// <summary>
/// A project-level check ("absent" rules: no CSRF protection anywhere, no tests, no health route),
/// run once after every file was processed, on the gathered facts and file inventory. It reports
/// its findings through <see cref="ProjectContext.Report"/> and returns the check's outcome.
/// </summary>
public interface IProjectRule : IRule
{
    CheckOutcome Check(ProjectContext project);
}
