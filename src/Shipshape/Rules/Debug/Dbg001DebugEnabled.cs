using Shipshape.Config;
using Shipshape.Discovery;
using Shipshape.Facts.Python;
using Shipshape.Model;

namespace Shipshape.Rules.Debug;

/// <summary>
/// DBG001: debug mode switched on. This file hosts every form of the rule, dispatched by file kind:
/// the configuration forms (env files, compose <c>environment</c>, Dockerfile <c>ENV</c>/<c>ARG</c>)
/// and the Python forms (<c>app.run(debug=True)</c>, <c>DEBUG = True</c> in production configuration,
/// <c>FastAPI(debug=True)</c>, debug flags read from the environment with a true default; see
/// <see cref="PythonDebugForms"/>). <c>DEBUG = True</c> in a configuration class is decided by the
/// project part, on the configuration production loads: a base class's value counts only when no
/// production class overrides it, in whichever module either lives.
/// </summary>
public sealed class Dbg001DebugEnabled : IFileRule, IProjectRule
{
    // Setting names frameworks and their CLIs read as a debug switch, and the values that turn it on.
    private static readonly HashSet<string> DebugSwitches = new(StringComparer.OrdinalIgnoreCase)
    {
        "FLASK_DEBUG", "DEBUG", "DJANGO_DEBUG", "APP_DEBUG", "QUART_DEBUG", "UVICORN_RELOAD",
    };

    private static readonly HashSet<string> TruthyValues = new(StringComparer.OrdinalIgnoreCase) { "1", "true", "yes", "on", "t", "y" };

    // FLASK_ENV=development turned the debugger on up to Flask 2.2 (deprecated in 2.2, removed in 2.3).
    private static readonly HashSet<string> DevelopmentEnvironments = new(StringComparer.OrdinalIgnoreCase) { "development", "dev" };

    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Dbg001,
        Name: "debug-enabled",
        Category: Categories.Debug,
        Severity: Severity.Critical,
        Confidence: Confidence.High,
        Kind: RuleKind.Static,
        Summary: "Checks for debug mode switched on in configuration that can reach production: `FLASK_DEBUG=1`, "
            + "`DEBUG=true`, `FLASK_ENV=development` in env files, compose `environment:` or Dockerfile `ENV`/`ARG`; and in "
            + "Python: `app.run(debug=True)`, `app.debug = True`, `app.config['DEBUG'] = True`, `FastAPI(debug=True)`/"
            + "`Starlette(debug=True)`, `DEBUG = True` in the configuration classes production loads (a base class's value counts unless the "
            + "production class overrides it, in whichever module either lives), and "
            + "debug flags read from the environment whose default (used when the variable is unset) is true "
            + "(`os.getenv('FLASK_DEBUG', 'True')`). Django's `DEBUG` setting is DBG002. "
            + "Templates (`.env.example`) and development-only files (`.env.development`, `.flaskenv`, "
            + "`docker-compose.override.yml`, `Dockerfile.dev`, services behind a `dev` profile) are not checked.",
        Why: "With Flask's debug mode on, any unhandled error shows the Werkzeug interactive debugger, which runs "
            + "arbitrary Python in the server process for whoever sees the page; Django's `DEBUG=True` shows settings, "
            + "SQL and stack traces to every visitor and keeps every query in memory. A debug flag in a committed "
            + "`.env` or in the image travels to production with the deployment.",
        Fix: "Leave debug off in shipped configuration: remove `FLASK_DEBUG`/`DEBUG` from `.env`, compose and the "
            + "Dockerfile, or set it to `0`/`false`; turn it on only in a development-only file such as `.env.development` "
            + "or `docker-compose.override.yml`.",
        Examples:
        [
            new RuleExample("env file", "shell",
                Failing: "FLASK_APP=app.py\nFLASK_DEBUG=1",
                Passing: "FLASK_APP=app.py\nFLASK_DEBUG=0"),
            new RuleExample("Flask", "python",
                Failing: "if __name__ == '__main__':\n    app.run(debug=True, port=5002)",
                Passing: "if __name__ == '__main__':\n    app.run(debug=os.getenv('FLASK_DEBUG', '0') == '1', port=5002)"),
            new RuleExample("Flask config class", "python",
                Failing: "class Config:\n    DEBUG = os.getenv('DEBUG', 'True') == 'True'",
                Passing: "class Config:\n    DEBUG = False\n\nclass DevelopmentConfig(Config):\n    DEBUG = True"),
            new RuleExample("FastAPI", "python",
                Failing: "app = FastAPI(debug=True)",
                Passing: "app = FastAPI(debug=settings.DEBUG)  # DEBUG: bool = False"),
            new RuleExample("compose", "yaml",
                Failing: "services:\n  web:\n    environment:\n      DEBUG: \"true\"",
                Passing: "services:\n  web:\n    environment:\n      DEBUG: \"false\""),
        ],
        References:
        [
            RuleReference.Cwe(489, "Active Debug Code"),
            RuleReference.Cwe(215, "Insertion of Sensitive Information Into Debugging Code"),
            RuleReference.Asvs("14.3.2", "Web or application server and application framework debug modes are disabled in production"),
            new RuleReference("Flask docs: Debug Mode", "https://flask.palletsprojects.com/en/stable/quickstart/#debug-mode"),
            new RuleReference("Django docs: DEBUG", "https://docs.djangoproject.com/en/stable/ref/settings/#debug"),
        ])
    {
        Requirement = "Debug mode is off in shipped configuration (env files, compose, Dockerfile) and in the code production runs",
    };

    public IReadOnlySet<FileKind> FileKinds { get; } = new HashSet<FileKind>(ConfigSettings.Kinds) { FileKind.Python };

    public void Check(FileContext file)
    {
        if (ConfigSettings.Kinds.Contains(file.Kind))
            CheckSettings(file);
        else if (file.Kind == FileKind.Python && !PythonModuleName.IsTest(file.Path))
            foreach (var (location, message) in PythonDebugForms.Find(file))
                file.Report(location, message);
    }

    /// <summary>The configuration-class form: DEBUG/FLASK_DEBUG as the production classes see it, inheritance followed across modules.</summary>
    public CheckOutcome Check(ProjectContext project)
    {
        var settings = ProductionConfig.From(project.Facts).Values
            .Where(v => v.ScopeKind == ConfigScopeKind.ConfigClass && v.Name is "DEBUG" or "FLASK_DEBUG" && !PythonModuleName.IsTest(v.Location.Path))
            .Distinct()
            .ToList();
        if (settings.Count == 0) return CheckOutcome.NotApplicable("no production configuration class sets DEBUG");
        var found = false;
        foreach (var setting in settings)
        {
            var statement = new Location(setting.Location.Path, setting.Location.StartLine, setting.Location.StartColumn, setting.Value.Location.EndLine, setting.Value.Location.EndColumn);
            var at = setting.Value.Location.Path == statement.Path && setting.Value.Location.StartLine >= statement.StartLine ? statement : setting.Location;
            if (PythonDebugForms.Judge(setting.Value, at, $"`{setting.Scope}.{setting.Name}`") is not { } finding) continue;
            project.Report(finding.Location, finding.Message);
            found = true;
        }

        return found ? CheckOutcome.Fail() : CheckOutcome.Pass($"the production configuration class(es) set {string.Join(", ", settings.Select(s => $"{s.Scope}.{s.Name} = {s.Value}"))}");
    }

    private void CheckSettings(FileContext file)
    {
        foreach (var setting in ConfigSettings.Read(file).Where(s => s.MayReachProduction))
        {
            var value = setting.Value.Trim();
            if (DebugSwitches.Contains(setting.Name) && TruthyValues.Contains(value))
                file.Report(setting.ValueLocation, $"{setting.Name}={value} in {setting.Origin} switches debug mode on");
            else if (setting.Name.Equals("FLASK_ENV", StringComparison.OrdinalIgnoreCase) && DevelopmentEnvironments.Contains(value))
                file.Report(setting.ValueLocation, $"FLASK_ENV={value} in {setting.Origin} turns on Flask's debugger (Flask before 2.3)");
        }
    }
}
