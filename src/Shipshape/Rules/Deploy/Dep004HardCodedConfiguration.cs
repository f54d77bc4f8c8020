using Shipshape.Facts;
using Shipshape.Model;

namespace Shipshape.Rules.Deploy;

/// <summary>
/// DEP004: configuration that cannot be changed per environment. The part decidable from
/// configuration files is checked here: env files that may reach production exist, but no template
/// (<c>.env.example</c>) tells the next deployment what to set. Whether the code reads its settings
/// from the environment, and whether production and development share one config class, needs facts
/// from the Python rules; without env files the check is manual until they exist. An env file that
/// holds no literal secret and takes its values from the environment counts as a template.
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
        var envFiles = project.Facts.Get(FactKeys.EnvFiles);
        if (envFiles.Count == 0)
            return CheckOutcome.Manual("no env files: whether the code reads its configuration from the environment needs the Python rules");
        var live = envFiles.Where(f => f.MayReachProduction).ToList();
        if (live.Count == 0)
            return CheckOutcome.Pass("the env files are templates or development-only");
        if (envFiles.Any(f => f.DocumentsSettings))
            return CheckOutcome.Pass();
        // Project-level: point at the app's entry point, like the other "absent" checks; without one, at the env file.
        var files = string.Join(", ", live.Select(f => f.Path));
        project.Report(project.EntryPoint ?? live[0].Location,
            $"configuration lives in {files} with no template (.env.example) listing the settings a deployment must provide",
            evidence: [.. live.Select(f => new CodeEvidence(f.Location, ""))]);
        return CheckOutcome.Pass();
    }
}
