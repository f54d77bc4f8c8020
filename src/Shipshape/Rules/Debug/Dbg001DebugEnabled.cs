using Shipshape.Facts;
using Shipshape.Facts.Python;
using Shipshape.Model;

namespace Shipshape.Rules.Debug;

/// <summary>DBG001: debug mode on in what production runs (Python forms).</summary>
public sealed class Dbg001DebugEnabled : IProjectRule
{
    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Dbg001,
        Name: "debug-enabled",
        Category: Categories.Debug,
        Severity: Severity.Critical,
        Confidence: Confidence.High,
        Kind: RuleKind.Static,
        Summary: "Checks for debug mode switched on in what production runs: `app.run(debug=True)`, `app.debug = True`, "
            + "`DEBUG = True` in `app.config` or a production configuration class, `FastAPI(debug=True)`/`Starlette(debug=True)`, "
            + "and debug flags read from the environment whose default (used when the variable is unset) is true. "
            + "Django's `DEBUG` setting is DBG002.",
        Why: "Flask's debug mode starts the Werkzeug debugger: anyone who can make a request fail gets an interactive Python "
            + "console in the browser and can run code on the server. FastAPI and Starlette in debug mode return full "
            + "tracebacks with source and local variables. A default of `True` in `os.getenv('DEBUG', 'True')` turns this "
            + "on in every deployment that forgets to set the variable.",
        Fix: "Never pass `debug=True` in code that production runs; read the flag from the environment with a false default "
            + "(`debug=os.getenv('FLASK_DEBUG', '0') == '1'`), keep `DEBUG = True` only in a development configuration class, "
            + "and serve production with gunicorn or uvicorn, which never enable the debugger.",
        Examples:
        [
            new RuleExample("Flask", "python",
                Failing: "app = Flask(__name__)\n\nif __name__ == '__main__':\n    app.run(debug=True, port=5002)",
                Passing: "app = Flask(__name__)\n\nif __name__ == '__main__':\n    app.run(debug=os.getenv('FLASK_DEBUG', '0') == '1', port=5002)"),
            new RuleExample("Flask config class", "python",
                Failing: "class Config:\n    DEBUG = os.getenv('DEBUG', 'True') == 'True'",
                Passing: "class Config:\n    DEBUG = False\n\nclass DevelopmentConfig(Config):\n    DEBUG = True"),
            new RuleExample("FastAPI", "python",
                Failing: "app = FastAPI(debug=True)",
                Passing: "app = FastAPI(debug=settings.DEBUG)  # DEBUG: bool = False"),
        ],
        References:
        [
            RuleReference.Cwe(489, "Active Debug Code"),
            RuleReference.Cwe(215, "Insertion of Sensitive Information Into Debugging Code"),
            RuleReference.Asvs("14.3.2", "Web or application server and application framework debug modes are disabled in production"),
            new RuleReference("Flask: Debug Mode", "https://flask.palletsprojects.com/en/stable/quickstart/#debug-mode"),
        ]);

    private static readonly HashSet<string> DebugNames = new(StringComparer.Ordinal) { "DEBUG", "FLASK_DEBUG" };

    public CheckOutcome Check(ProjectContext project)
    {
        var found = false;
        foreach (var debugSwitch in project.Facts.Get(FactKeys.DebugSwitches))
            found |= Report(project, debugSwitch.Value, $"`{debugSwitch.Source}(debug=...)`", debugSwitch.Location);

        foreach (var setting in ProductionConfig.From(project.Facts).Values)
        {
            if (!DebugNames.Contains(setting.Name) || setting.ScopeKind == ConfigScopeKind.DjangoSettings) continue;
            found |= Report(project, setting.Value, $"`{setting.Scope}.{setting.Name}`", setting.Value.Location);
        }

        if (found) return CheckOutcome.Fail();
        return AppAnchor.HasWebApp(project.Facts)
            ? CheckOutcome.Pass("no debug switch with a true value or a true default in app.run, app constructors or production configuration")
            : CheckOutcome.NotApplicable("no Flask, FastAPI or Starlette app found");
    }

    private static bool Report(ProjectContext project, PythonValue value, string where, Location literalAt)
    {
        if (value.IsTruthyLiteral)
        {
            project.Report(literalAt, $"Debug mode is on: {where} is {value} in code production runs; the debugger exposes code execution and tracebacks");
            return true;
        }

        if (value is PythonValue.Environment { Variable: var variable, Default: { } fallback } && fallback.IsTruthyLiteral)
        {
            project.Report(fallback.Location, $"Debug mode defaults to on: {where} reads {variable} from the environment and falls back to {fallback} when it is unset");
            return true;
        }

        return false;
    }
}
