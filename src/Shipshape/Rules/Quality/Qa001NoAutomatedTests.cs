using Shipshape.Discovery;
using Shipshape.Model;

namespace Shipshape.Rules.Quality;

/// <summary>QA001: the project has Python code but no automated tests.</summary>
public sealed class Qa001NoAutomatedTests : IProjectRule
{
    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Qa001,
        Name: "no-automated-tests",
        Category: Categories.Quality,
        Severity: Severity.Low,
        Confidence: Confidence.Medium,
        Kind: RuleKind.Static,
        Summary: "Checks that the project contains automated tests: `test_*.py` or `*_test.py` modules, "
            + "a `conftest.py`, or Python files under a `tests/` or `test/` folder.",
        Why: "Without tests, every fix made before release (CSRF, rate limits, headers) can silently break "
            + "again with the next change, and nobody finds out before users do. Production-readiness claims "
            + "such as \"all forms protected\" need a test that keeps them true.",
        Fix: "Add a `tests/` folder with pytest tests that exercise the app through its test client "
            + "(Flask `app.test_client()`, FastAPI `TestClient`, Django `Client`), and run them in CI.",
        Examples:
        [
            new RuleExample("Flask", "text",
                Failing: "app.py\nrequirements.txt\ntemplates/index.html",
                Passing: "app.py\nrequirements.txt\ntemplates/index.html\ntests/test_app.py"),
        ],
        References:
        [
            RuleReference.Asvs("1.1.1", "Use of a secure software development lifecycle"),
            new RuleReference("pytest: Get started", "https://docs.pytest.org/en/stable/getting-started.html"),
        ])
    {
        Requirement = "Automated tests exist",
    };

    public CheckOutcome Check(ProjectContext project)
    {
        var python = project.Files.Where(f => f.Kind.IsPython()).ToList();
        if (python.Count == 0) return CheckOutcome.NotApplicable("no Python code");

        var tests = python.Where(f => IsTestFile(f.Path)).ToList();
        if (tests.Count > 0) return CheckOutcome.Pass($"{tests.Count} test file(s), e.g. {tests[0].Path}");

        project.Report(project.EntryPoint,
            "No automated tests: no test_*.py, *_test.py, conftest.py or Python file under tests/ was found");
        return CheckOutcome.Fail();
    }

    private static bool IsTestFile(string path)
    {
        var segments = path.Split('/');
        var name = segments[^1];
        return name.StartsWith("test_", StringComparison.Ordinal)
            || name.EndsWith("_test.py", StringComparison.Ordinal)
            || name == "conftest.py"
            || segments[..^1].Any(s => s is "tests" or "test");
    }
}
