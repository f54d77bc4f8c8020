using Shipshape.Facts;
using Shipshape.Facts.Python;
using Shipshape.Model;

namespace Shipshape.Rules.Deploy;

/// <summary>
/// DEP004: configuration that cannot be changed per environment. The part decidable from
/// configuration files is checked here: env files that may reach production exist, but no template
/// (<c>.env.example</c>) tells the next deployment what to set. An env file that holds no literal
/// secret and takes its values from the environment counts as a template. From the Python facts: a web
/// app whose production configuration is all literals (no <c>os.environ</c>/
/// <c>os.getenv</c> value, no pydantic <c>BaseSettings</c>, no <c>from_envvar</c>/<c>from_prefixed_env</c>)
/// is configured by editing code, reported at the line that creates the app.
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
        var live = envFiles.Where(f => f.MayReachProduction).ToList();
        if (live.Count == 0 || envFiles.Any(f => f.DocumentsSettings))
            return CheckCode(project, envFiles.Count == 0 ? "no env files" : "the env files are templates or development-only");
        // Project-level: point at the app's entry point, like the other "absent" checks; without one, at the env file.
        var files = string.Join(", ", live.Select(f => f.Path));
        project.Report(project.EntryPoint ?? live[0].Location,
            $"configuration lives in {files} with no template (.env.example) listing the settings a deployment must provide",
            evidence: [.. live.Select(f => new CodeEvidence(f.Location, ""))]);
        return CheckOutcome.Pass();
    }

    // The Python part: does the app's production configuration take anything from the environment?
    private static CheckOutcome CheckCode(ProjectContext project, string envFilesNote)
    {
        var facts = project.Facts;
        if (!AppAnchor.HasWebApp(facts))
            return CheckOutcome.Manual($"{envFilesNote}, and no Python web app whose configuration could be read");
        if (ReadsEnvironment(facts))
            return CheckOutcome.Pass();
        if (AppAnchor.Of(facts, project.EntryPoint) is not { } anchor)
            return CheckOutcome.Manual($"{envFilesNote}, and no app object or entry point to point at");
        var values = ProductionConfig.From(facts).Values;
        project.Report(anchor,
            "the production configuration is written into the code: no setting is read from the environment (os.environ, os.getenv, a settings class), so every deployment means editing code",
            evidence: [.. values.Take(3).Select(v => new CodeEvidence(v.Location, ""))]);
        return CheckOutcome.Pass();
    }

    private static bool ReadsEnvironment(ProjectFacts facts) =>
        ProductionConfig.From(facts).Values.Any(v => v.Value is PythonValue.Environment || IsEnvironmentHelper(v.Value))
        || facts.Get(FactKeys.ConfigClasses).Any(c => c.IsEnvironmentSettings)
        || facts.Get(FactKeys.ConfigSources).Any(s => s.Kind is "envvar" or "prefixed_env");

    // A value the reader could not decide but that goes through an environment helper: env('NAME'),
    // env.str(...) (django-environ), config('NAME') (python-decouple), a local _getenv(...).
    private static bool IsEnvironmentHelper(PythonValue value) =>
        value is PythonValue.Unknown unknown
        && (unknown.Text.Contains("env", StringComparison.OrdinalIgnoreCase) || unknown.Text.StartsWith("config(", StringComparison.Ordinal));
}
