using Shipshape.Model;
using Shipshape.Tests.Support;

namespace Shipshape.Tests.Rules.Quality;

/// <summary>QA002 on small trees (Fixtures/rules/QA002/cases): what counts as deployment documentation in a README and what does not.</summary>
public sealed class Qa002Tests
{
    private static Report Scan(string tree) =>
        Scans.Run(TestPaths.Fixture("rules", "QA002", "cases", tree), only: new HashSet<string> { "QA002" });

    [Theory]
    [InlineData("deploy-section", "section \"Deployment\" (line 3)")]
    [InlineData("environment-section", "section \"Environment variables\" (line 3)")]
    [InlineData("docker-block", "`Dockerfile` (line 6)")]
    [InlineData("link-to-guide", "link to docs/handbook.md#deployment (line 4)")]
    [InlineData("nested-readme", "backend/README.md documents deployment: `gunicorn --workers 4 --timeout 30 app:app` (line 4)")]
    public void Readme_with_deployment_notes_passes_and_says_which(string tree, string note)
    {
        var report = Scan(tree);

        Assert.Empty(report.Findings);
        var check = report.Check("QA002");
        Assert.Equal(CheckStatus.Pass, check.Status);
        Assert.Contains(note, check.Reason);
    }

    [Theory]
    [InlineData("development-environment", "`export FLASK_APP=app.py`, `flask run --debug`")]
    [InlineData("heading-in-code", "`python app.py`")]
    public void Readme_with_only_development_instructions_fails_at_its_first_line(string tree, string shown)
    {
        var report = Scan(tree);

        var finding = Assert.Single(report.Findings);
        Assert.Equal(("README.md", 1, 1), (finding.Location!.Path, finding.Location.StartLine, finding.Location.StartColumn));
        Assert.Contains("README.md has no deployment documentation", finding.Message);
        Assert.Contains(shown, finding.Message);
        Assert.Contains(finding.Evidence, e => e is NoteEvidence { Text: var text } && text.StartsWith("Searched for:", StringComparison.Ordinal));
        Assert.Equal(CheckStatus.Fail, report.Check("QA002").Status);
    }

    [Fact]
    public void No_readme_fails_at_the_entry_point()
    {
        var finding = Assert.Single(Scan("no-readme").Findings);

        Assert.Equal(("app.py", 3), (finding.Location!.Path, finding.Location.StartLine));
        Assert.StartsWith("No README at the project root", finding.Message);
    }

    [Fact]
    public void Readme_in_another_format_is_left_manual()
    {
        var report = Scan("rst-readme");

        Assert.Empty(report.Findings);
        var check = report.Check("QA002");
        Assert.Equal((CheckStatus.Manual, "README.rst is not Markdown: whether it documents deployment is not read"), (check.Status, check.Reason));
    }
}
