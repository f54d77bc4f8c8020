using Shipshape.Facts;
using Shipshape.Model;
using Shipshape.Rules.Python;

namespace Shipshape.Rules.Observability;

/// <summary>OBS005: no error-tracking service initialised.</summary>
public sealed class Obs005NoErrorTracking : IProjectRule
{
    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Obs005,
        Name: "no-error-tracking",
        Category: Categories.Observability,
        Severity: Severity.Info,
        Confidence: Confidence.Medium,
        Kind: RuleKind.Static,
        Summary: "Checks that a web application initialises an error-tracking service: `sentry_sdk.init`, Rollbar, "
            + "Bugsnag, Honeybadger, Airbrake, New Relic, Elastic APM or Datadog.",
        Why: "Without one, an exception in production is at best a log line nobody is alerted to; with one, each "
            + "error arrives grouped, with its stack trace, request and release, and someone is notified.",
        Fix: "Initialise an error tracker at start-up from the environment, e.g. "
            + "`sentry_sdk.init(dsn=os.environ[\"SENTRY_DSN\"], environment=ENV, traces_sample_rate=0.1)`.",
        Examples:
        [
            new RuleExample("Sentry", "python",
                Failing: "app = Flask(__name__)",
                Passing: "sentry_sdk.init(dsn=os.getenv(\"SENTRY_DSN\"), integrations=[FlaskIntegration()])\napp = Flask(__name__)"),
        ],
        References:
        [
            RuleReference.Cwe(778, "Insufficient Logging"),
            RuleReference.Asvs("7.2.2", "All access control decisions can be logged and all failed decisions are logged"),
            new RuleReference("Sentry for Python", "https://docs.sentry.io/platforms/python/"),
        ])
    {
        Requirement = "Errors are reported to an error-tracking service",
    };

    public CheckOutcome Check(ProjectContext project) =>
        WebApps.RequireAny(project, project.Facts.Get(FactKeys.ErrorTracking), tracker => (tracker.Provider, tracker.Location),
            "No error tracking: no Sentry, Rollbar, Bugsnag, Honeybadger, Airbrake, New Relic, Elastic APM or Datadog initialisation was found");
}
