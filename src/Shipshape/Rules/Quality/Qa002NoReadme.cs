using Shipshape.Model;

namespace Shipshape.Rules.Quality;

/// <summary>QA002: no README or deployment documentation.</summary>
public sealed class Qa002NoReadme : IProjectRule
{
    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Qa002,
        Name: "no-readme-or-deployment-docs",
        Category: Categories.Quality,
        Severity: Severity.Low,
        Confidence: Confidence.High,
        Kind: RuleKind.Static,
        Summary: "Checks that the project root has a README, or that deployment documentation exists "
            + "(a file whose name contains \"deploy\", such as `DEPLOYMENT.md` or `docs/deploy.md`).",
        Why: "Whoever deploys, operates or takes over the app needs to know how to configure it (which "
            + "environment variables, which secrets), run it under a production server, migrate its database "
            + "and check its health. Without it, the knowledge leaves with its author.",
        Fix: "Add a `README.md` at the root that says what the app is, how to install and run it, which "
            + "environment variables it needs (with an `.env.example`), and how it is deployed.",
        Examples:
        [
            new RuleExample("any project", "text",
                Failing: "app.py\nrequirements.txt",
                Passing: "app.py\nrequirements.txt\nREADME.md"),
        ],
        References:
        [
            RuleReference.Asvs("1.1.1", "Use of a secure software development lifecycle"),
            new RuleReference("GitHub Docs: About READMEs",
                "https://docs.github.com/en/repositories/managing-your-repositorys-settings-and-features/customizing-your-repository/about-readmes"),
        ])
    {
        Requirement = "README or deployment documentation exists",
    };

    public CheckOutcome Check(ProjectContext project)
    {
        var readme = project.Files.FirstOrDefault(f => !f.Path.Contains('/')
            && f.Path.StartsWith("README", StringComparison.OrdinalIgnoreCase));
        if (readme is not null) return CheckOutcome.Pass($"{readme.Path} found");

        var deploymentDocs = project.Files.FirstOrDefault(f =>
            f.Path.Split('/')[^1].Contains("deploy", StringComparison.OrdinalIgnoreCase)
            && (f.Path.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
                || f.Path.EndsWith(".rst", StringComparison.OrdinalIgnoreCase)
                || f.Path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)));
        if (deploymentDocs is not null) return CheckOutcome.Pass($"{deploymentDocs.Path} found");

        project.Report(project.EntryPoint,
            "No README at the project root and no deployment documentation (a *deploy*.md/.rst/.txt file)");
        return CheckOutcome.Fail();
    }
}
