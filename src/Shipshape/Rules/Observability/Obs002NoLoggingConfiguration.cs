using Shipshape.Facts;
using Shipshape.Model;
using Shipshape.Rules.Python;

namespace Shipshape.Rules.Observability;

/// <summary>OBS002: nothing in the project configures logging.</summary>
public sealed class Obs002NoLoggingConfiguration : IProjectRule
{
    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Obs002,
        Name: "no-logging-configuration",
        Category: Categories.Observability,
        Severity: Severity.Medium,
        Confidence: Confidence.Medium,
        Kind: RuleKind.Static,
        Summary: "Checks that a web application configures logging somewhere: `logging.basicConfig`, "
            + "`logging.config.dictConfig`/`fileConfig`, a handler added to a logger, `structlog.configure`, "
            + "loguru's `logger.add`, Django's `LOGGING` setting, or gunicorn's `errorlog`/`logconfig_dict`.",
        Why: "Unconfigured, Python logs only warnings and above, without timestamps, to stderr, and Flask's or "
            + "Django's default handlers disappear under gunicorn. Errors in production then leave no trace that "
            + "can be searched, rotated or shipped to a log service.",
        Fix: "Configure logging once at start-up: `logging.config.dictConfig({...})` with a level from the "
            + "environment and a stdout handler for containers (or a `RotatingFileHandler`), or Django's `LOGGING`.",
        Examples:
        [
            new RuleExample("Flask", "python",
                Failing: "app = Flask(__name__)",
                Passing: "logging.basicConfig(level=os.getenv(\"LOG_LEVEL\", \"INFO\"),\n"
                    + "                    format=\"%(asctime)s %(levelname)s %(name)s %(message)s\")\napp = Flask(__name__)"),
        ],
        References:
        [
            RuleReference.Cwe(778, "Insufficient Logging"),
            RuleReference.Asvs("7.1.3", "The application logs security relevant events including successful and failed authentication events"),
            new RuleReference("Flask: Logging", "https://flask.palletsprojects.com/en/latest/logging/"),
            new RuleReference("Django: Logging", "https://docs.djangoproject.com/en/stable/topics/logging/"),
        ])
    {
        Requirement = "Logging is configured (levels, handlers, format)",
    };

    public CheckOutcome Check(ProjectContext project) =>
        WebApps.RequireAny(project, project.Facts.Get(FactKeys.LoggingSetup), setup => (setup.How, setup.Location),
            "No logging configuration: no basicConfig, dictConfig, fileConfig, added handler, structlog/loguru setup, "
            + "Django LOGGING or gunicorn errorlog was found");
}
