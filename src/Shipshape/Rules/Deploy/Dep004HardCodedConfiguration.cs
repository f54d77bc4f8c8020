using Shipshape.Config.Env;
using Shipshape.Discovery;
using Shipshape.Model;

namespace Shipshape.Rules.Deploy;

/// <summary>
/// DEP004: configuration that cannot be changed per environment. The part decidable from
/// configuration files is checked here: env files that may reach production exist, but no template
/// (<c>.env.example</c>) tells the next deployment what to set. Whether the code reads its settings
/// from the environment, and whether production and development share one config class, needs facts
/// from the Python rules; without env files the check is manual until they exist.
/// </summary>
public sealed class Dep004HardCodedConfiguration : IProjectRule
{
    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Dep004,
        Name: "configuration-not-externalized",
        Category: Categories.Deploy,
        Severity: Severity.Medium,
        Confidence: Confidence.Medium,
        Kind: RuleKind.Static,
        Summary: "Checks that environment-based configuration is documented for deployment: when the project has env files "
            + "(`.env`, `.env.production`) there must also be a committed template (`.env.example`, `.env.sample`, "
            + "`.env.template`) listing the settings with placeholder values.",
        Why: "Without a template, the only record of which settings production needs is a real `.env` — which either gets "
            + "committed with its secrets or lives on one person's machine. A new environment then starts with missing or "
            + "copied development values (debug on, SQLite, a shared secret key).",
        Fix: "Commit `.env.example` with every setting the app reads and placeholder values (`SECRET_KEY=changeme`, "
            + "`DATABASE_URL=postgresql://user:password@host/db`), keep the real `.env` out of git, and read settings with "
            + "`os.environ[...]` or a settings class (pydantic-settings, django-environ).",
        Examples:
        [
            new RuleExample("project files", "text",
                Failing: ".env\napp.py",
                Passing: ".env            (in .gitignore)\n.env.example    (committed, placeholders)\napp.py"),
        ],
        References:
        [
            RuleReference.Cwe(547, "Use of Hard-coded, Security-relevant Constants"),
            RuleReference.Asvs("14.1.1", "The application build and deployment processes are performed in a secure and repeatable way"),
            new RuleReference("The Twelve-Factor App: III. Config", "https://12factor.net/config"),
        ])
    {
        Requirement = "Environment settings are documented in a committed .env.example",
    };

    public CheckOutcome Check(ProjectContext project)
    {
        var envFiles = project.Files.Where(f => f.Kind == FileKind.Env).ToList();
        var live = envFiles.Where(f => EnvFileNames.MayReachProduction(f.Path)).ToList();
        if (live.Count == 0)
        {
            return envFiles.Count > 0
                ? CheckOutcome.Pass("only templates and development env files")
                : CheckOutcome.Manual("no env files: whether the code reads its configuration from the environment needs the Python rules");
        }
        if (envFiles.Any(f => EnvFileNames.IsTemplate(f.Path)))
            return CheckOutcome.Pass();
        foreach (var file in live)
            project.Report(Location.File(file.Path), $"{file.Path} has no template (.env.example) listing the settings a deployment must provide");
        return CheckOutcome.Pass();
    }
}
