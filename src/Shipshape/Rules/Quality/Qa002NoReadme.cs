using Shipshape.Facts;
using Shipshape.Facts.Documentation;
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
        Summary: "Checks that the project documents how it is deployed: a file whose name contains \"deploy\" (such as "
            + "`DEPLOYMENT.md` or `docs/deploy.md`), or a Markdown README with deployment notes: a section on deployment, "
            + "production, configuration or environment variables, a command that runs a production server (gunicorn, "
            + "uvicorn without `--reload`, waitress) or deploys containers (`docker compose up`, `kubectl`), a Dockerfile or "
            + "compose block, or a link to deployment documentation. Install and run instructions for development "
            + "(`pip install`, `python app.py`, `flask run`) are not deployment documentation. A README in another format "
            + "is not read (manual).",
        Why: "Whoever deploys, operates or takes over the app needs to know how to configure it (which "
            + "environment variables, which secrets), run it under a production server, migrate its database "
            + "and check its health. Without it, the knowledge leaves with its author.",
        Fix: "Add a deployment section to `README.md` (or a `DEPLOYMENT.md` it links to): which environment variables "
            + "the app needs (with an `.env.example`), how to run it under a production server or in containers, how to "
            + "migrate the database and check its health.",
        Examples:
        [
            new RuleExample("README.md", "markdown",
                Failing: "# Records\n\n## Development\n```\npip install -r requirements.txt\npython app.py\n```",
                Passing: "# Records\n\n## Development\n```\npip install -r requirements.txt\npython app.py\n```\n\n"
                    + "## Deployment\nSet `SECRET_KEY` and `DATABASE_URL`, then:\n```\ngunicorn -w 4 --timeout 30 app:app\n```"),
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
        var deploymentDocs = project.Files.FirstOrDefault(f =>
            f.Path.Split('/')[^1].Contains("deploy", StringComparison.OrdinalIgnoreCase)
            && (f.Path.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
                || f.Path.EndsWith(".rst", StringComparison.OrdinalIgnoreCase)
                || f.Path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)));
        if (deploymentDocs is not null) return CheckOutcome.Pass($"{deploymentDocs.Path} found");

        var readmes = project.Facts.Get(FactKeys.Readmes);
        if (readmes.FirstOrDefault(r => r.DeploymentNotes.Count > 0) is { } documented)
            return CheckOutcome.Pass($"{documented.Path} documents deployment: {string.Join(", ", documented.DeploymentNotes.Take(3))}"
                + (documented.DeploymentNotes.Count > 3 ? $" and {documented.DeploymentNotes.Count - 3} more" : ""));

        var searched = new NoteEvidence("Searched for: a *deploy*.md/.rst/.txt file; in Markdown READMEs, a section on deployment, "
            + "production, configuration or environment variables, a production-server, container or deployment command, "
            + "a Dockerfile or compose block, a link to deployment documentation");
        if (readmes.FirstOrDefault(r => r.IsAtRoot) is { } readme)
        {
            project.Report(readme.Title, $"{readme.Path} has no deployment documentation{Shows(readme)}", evidence: [searched]);
            return CheckOutcome.Fail();
        }

        var other = project.Files.FirstOrDefault(f => !f.Path.Contains('/') && ReadmeCollector.IsReadme(f.Path));
        if (other is not null) return CheckOutcome.Manual($"{other.Path} is not Markdown: whether it documents deployment is not read");

        project.Report(project.EntryPoint,
            "No README at the project root and no deployment documentation (a *deploy*.md/.rst/.txt file)", evidence: [searched]);
        return CheckOutcome.Fail();
    }

    // What the README does show, so the reader sees why it is not enough: "only development commands: `python app.py`".
    private static string Shows(ReadmeFact readme)
    {
        var commands = readme.Commands.Select(c => $"`{c.Text}`").Distinct().ToList();
        return commands.Count == 0
            ? ": no section on deployment, configuration or environment variables and no command that runs or deploys it"
            : $": it shows only how to install and develop ({string.Join(", ", commands)}), not how to configure and run it in production";
    }
}
