using Shipshape.Config;
using Shipshape.Discovery;
using Shipshape.Model;

namespace Shipshape.Rules.Debug;

/// <summary>
/// DBG001: debug mode switched on. This file hosts every form of the rule, dispatched by file kind:
/// the configuration forms (env files, compose <c>environment</c>, Dockerfile <c>ENV</c>/<c>ARG</c>)
/// are implemented here; the Python forms (<c>app.run(debug=True)</c>, <c>DEBUG = True</c>,
/// <c>FastAPI(debug=True)</c>) belong in <see cref="Check"/> as another case when they are added.
/// </summary>
public sealed class Dbg001DebugEnabled : IFileRule
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
            + "`DEBUG=true`, `FLASK_ENV=development` in env files, compose `environment:` or Dockerfile `ENV`/`ARG`. "
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
        Requirement = "Debug mode is off in shipped configuration (env files, compose, Dockerfile)",
    };

    // The Python form will add FileKind.Python here and a case below.
    public IReadOnlySet<FileKind> FileKinds { get; } = ConfigSettings.Kinds;

    public void Check(FileContext file)
    {
        if (ConfigSettings.Kinds.Contains(file.Kind))
            CheckSettings(file);
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
