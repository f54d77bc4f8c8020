using Shipshape.Model;

namespace Shipshape.Rules.Quality;

/// <summary>QA003: no continuous-integration configuration in the repository.</summary>
public sealed class Qa003NoContinuousIntegration : IProjectRule
{
    // Root-relative paths (or folder prefixes ending in '/') that CI services read.
    private static readonly string[] CiPaths =
    [
        ".github/workflows/", ".gitlab-ci.yml", ".circleci/config.yml", "Jenkinsfile", "azure-pipelines.yml",
        ".travis.yml", "bitbucket-pipelines.yml", ".drone.yml", ".woodpecker.yml", ".woodpecker/",
        ".buildkite/", "buildspec.yml", ".ci/",
    ];

    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Qa003,
        Name: "no-ci-configuration",
        Category: Categories.Quality,
        Severity: Severity.Low,
        Confidence: Confidence.Medium,
        Kind: RuleKind.Static,
        Summary: "Checks that the repository holds a continuous-integration configuration (GitHub Actions "
            + "workflows, GitLab CI, CircleCI, Jenkinsfile, Azure Pipelines, Travis, Bitbucket, Drone, "
            + "Woodpecker, Buildkite, AWS CodeBuild).",
        Why: "Tests and audits that only run when someone remembers to run them stop running. CI runs them on "
            + "every change, so a regression (debug mode switched back on, a protection removed) is caught "
            + "before it is deployed.",
        Fix: "Add a workflow that installs the dependencies, runs the tests and runs `shipshape scan "
            + "--fail-on high` on every push and pull request (e.g. `.github/workflows/ci.yml`).",
        Examples:
        [
            new RuleExample("GitHub Actions", "yaml",
                Failing: "# (no .github/workflows/ folder)",
                Passing: "# .github/workflows/ci.yml\non: [push, pull_request]\njobs:\n  test:\n    runs-on: ubuntu-latest\n"
                    + "    steps:\n      - uses: actions/checkout@v4\n      - run: pip install -r requirements.txt\n"
                    + "      - run: pytest"),
        ],
        References:
        [
            RuleReference.Asvs("1.14.2", "Secure, repeatable, automatable build and deployment processes"),
            new RuleReference("GitHub Docs: Building and testing Python",
                "https://docs.github.com/en/actions/use-cases-and-examples/building-and-testing/building-and-testing-python"),
        ])
    {
        Requirement = "CI runs the checks on every change",
    };

    public CheckOutcome Check(ProjectContext project)
    {
        var config = project.Files.FirstOrDefault(f => CiPaths.Any(p =>
            p.EndsWith('/') ? f.Path.StartsWith(p, StringComparison.Ordinal) : f.Path == p));
        if (config is not null) return CheckOutcome.Pass($"{config.Path} found");

        project.Report(project.EntryPoint,
            "No CI configuration: none of .github/workflows/, .gitlab-ci.yml, .circleci/config.yml, Jenkinsfile, "
            + "azure-pipelines.yml, .travis.yml, bitbucket-pipelines.yml, .drone.yml, .woodpecker, .buildkite, buildspec.yml");
        return CheckOutcome.Fail();
    }
}
