using Shipshape.Facts;
using Shipshape.Facts.Python;
using Shipshape.Model;
using Shipshape.Rules.Python;

namespace Shipshape.Rules.Deploy;

/// <summary>
/// DEP004: configuration that cannot be changed per environment. The part decidable from
/// configuration files is checked here: env files that may reach production exist, but no template
/// (<c>.env.example</c>) tells the next deployment what to set. An env file that holds no literal
/// secret and takes its values from the environment counts as a template. From the Python facts: a web
/// app whose production configuration is all literals (no <c>os.environ</c>/
/// <c>os.getenv</c> value, no pydantic <c>BaseSettings</c>, no <c>from_envvar</c>/<c>from_prefixed_env</c>)
/// is configured by editing code; and one whose only configuration (no per-environment class or settings module,
/// nothing chosen by the environment) holds a development switch as a literal (<c>DEBUG = True</c>) next to the
/// settings production reads from the environment serves development and production alike. Both are reported at
/// the line that creates the app (line 1 of the settings module for Django).
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
        Summary: "Checks that configuration can change per environment: env files (`.env`, `.env.production`) come with a "
            + "committed template (`.env.example`, `.env.sample`, `.env.template`); the production configuration reads something "
            + "from the environment; and development and production do not share one configuration (a literal `DEBUG = True` "
            + "in the only configuration class, `app.config` or settings module, beside settings read from the environment).",
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
            new RuleExample("Flask", "python",
                Failing: "app.config['SECRET_KEY'] = os.environ['SECRET_KEY']\napp.config['DEBUG'] = True  # switched off by hand before deploying",
                Passing: "class Config:\n    SECRET_KEY = os.environ['SECRET_KEY']\n\nclass DevelopmentConfig(Config):\n    DEBUG = True\n\n"
                    + "class ProductionConfig(Config):\n    DEBUG = False\n\napp.config.from_object(configs[os.getenv('APP_ENV', 'production')])"),
        ],
        References:
        [
            RuleReference.Cwe(547, "Use of Hard-coded, Security-relevant Constants"),
            RuleReference.Asvs("14.1.1", "The application build and deployment processes are performed in a secure and repeatable way"),
            new RuleReference("The Twelve-Factor App: III. Config", "https://12factor.net/config"),
        ])
    {
        Requirement = "Configuration comes from the environment, is documented in a committed .env.example, and is not shared by development and production",
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

    // The Python part: does the app's production configuration take anything from the environment, and is it the
    // development configuration too?
    private static CheckOutcome CheckCode(ProjectContext project, string envFilesNote)
    {
        var facts = project.Facts;
        if (!AppAnchor.HasWebApp(facts))
            return CheckOutcome.Manual($"{envFilesNote}, and no Python web app whose configuration could be read");
        if (AppAnchor.Of(facts, project.EntryPoint) is not { } anchor)
            return ReadsEnvironment(facts) ? CheckOutcome.Pass() : CheckOutcome.Manual($"{envFilesNote}, and no app object or entry point to point at");
        var config = ProductionConfig.From(facts);
        if (!ReadsEnvironment(facts))
        {
            project.Report(anchor,
                "the production configuration is written into the code: no setting is read from the environment (os.environ, os.getenv, a settings class), so every deployment means editing code",
                evidence: [.. config.Values.Take(3).Select(v => new CodeEvidence(v.Location, ""))]);
            return CheckOutcome.Pass();
        }

        if (!HasPerEnvironmentConfiguration(facts) && DevelopmentSwitches(facts, config).Take(1).ToList() is [var development])
        {
            var fromEnvironment = config.Values.Where(v => v.Value is PythonValue.Environment).Take(3).ToList();
            project.Report(anchor,
                $"development and production share one configuration: {development.Text} is written into it ({development.Location}) next to "
                + (fromEnvironment.Count > 0 ? $"the settings production reads from the environment ({string.Join(", ", fromEnvironment.Select(v => v.Name))})" : "the production settings")
                + ", with no per-environment configuration class or settings module and nothing chosen by the environment",
                evidence: [new CodeEvidence(development.Location, ""), .. fromEnvironment.Select(v => new CodeEvidence(v.Location, ""))]);
        }
        return CheckOutcome.Pass();
    }

    private static bool ReadsEnvironment(ProjectFacts facts) =>
        ProductionConfig.From(facts).Values.Any(v => v.Value is PythonValue.Environment || IsEnvironmentHelper(v.Value))
        || facts.Get(FactKeys.ConfigClasses).Any(c => c.IsEnvironmentSettings)
        || facts.Get(FactKeys.ConfigSources).Any(s => s.Kind is "envvar" or "prefixed_env");

    // Configuration that differs per environment: classes named for one (DevelopmentConfig, ProductionConfig), a pydantic
    // settings class, a Django settings package (from .base import *), several settings modules, a file or object chosen
    // at start (from_envvar, from_pyfile, from_prefixed_env, from_object(config[os.getenv(...)])).
    private static bool HasPerEnvironmentConfiguration(ProjectFacts facts) =>
        facts.Get(FactKeys.ConfigClasses).Any(c => c.IsEnvironmentSettings || ProductionConfig.IsNonProduction(c.Name) || c.Name.Contains("prod", StringComparison.OrdinalIgnoreCase))
        || facts.Get(FactKeys.ConfigSources).Any(s => s.Kind is "envvar" or "pyfile" or "prefixed_env" or "star-import" || (s.Kind == "object" && s.Target == "?"))
        || facts.Get(FactKeys.ConfigValues).Where(v => v.ScopeKind == ConfigScopeKind.DjangoSettings).Select(v => v.Scope).Distinct().Skip(1).Any();

    // A development switch written as a literal, on every run: DEBUG/FLASK_DEBUG on, ENV/FLASK_ENV 'development',
    // FastAPI(debug=True). app.run(debug=True) is not one: it only runs under `python app.py`, never under gunicorn.
    private static IEnumerable<(string Text, Location Location)> DevelopmentSwitches(ProjectFacts facts, ProductionConfig config) =>
        config.Values
            .Where(v => !v.Conditional && !CodePaths.IsTestOrScript(v.Location.Path) && v.Value is PythonValue.Literal
                && (v.Name is "DEBUG" or "FLASK_DEBUG" ? v.Value.IsTruthyLiteral : v.Name is "ENV" or "FLASK_ENV" && v.Value.AsString == "development"))
            .Select(v => ($"{v.Name} = {v.Value}", v.Location))
            .Concat(facts.Get(FactKeys.DebugSwitches)
                .Where(d => d.Source.EndsWith("constructor", StringComparison.Ordinal) && d.Value is PythonValue.Literal && d.Value.IsTruthyLiteral
                    && !CodePaths.IsTestOrScript(d.Location.Path))
                .Select(d => ($"{d.Source.Split(' ')[0]}(debug={d.Value})", d.Location)));

    // A value the reader could not decide but that goes through an environment helper: env('NAME'),
    // env.str(...) (django-environ), config('NAME') (python-decouple), a local _getenv(...).
    private static bool IsEnvironmentHelper(PythonValue value) =>
        value is PythonValue.Unknown unknown
        && (unknown.Text.Contains("env", StringComparison.OrdinalIgnoreCase) || unknown.Text.StartsWith("config(", StringComparison.Ordinal));
}
