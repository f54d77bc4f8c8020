using Shipshape.Facts;
using Shipshape.Model;
using Shipshape.Rules.Python;

namespace Shipshape.Rules.Observability;

/// <summary>OBS001: <c>print()</c> used for diagnostics in a web application's code.</summary>
public sealed class Obs001PrintInApplicationCode : IProjectRule
{
    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Obs001,
        Name: "print-in-application-code",
        Category: Categories.Observability,
        Severity: Severity.Low,
        Confidence: Confidence.High,
        Kind: RuleKind.Static,
        Summary: "Checks a web application's modules for `print()` calls. Tests, `scripts/`, `manage.py`, `setup.py` "
            + "and the `__main__` block of a helper module are not application code; the `__main__` block that starts "
            + "the server is.",
        Why: "`print` has no level, no timestamp, no logger name and no request context, cannot be filtered or routed "
            + "to a log service, and under gunicorn its output is block-buffered and may never appear. Diagnostics "
            + "written this way are missing exactly when an incident needs them.",
        Fix: "Use the logging module: `logger = logging.getLogger(__name__)` then `logger.info(\"record %s unlocked\", "
            + "record_id)` (or `app.logger` in Flask), configured once at start-up.",
        Examples:
        [
            new RuleExample("Flask", "python",
                Failing: "print(f'record {record_id} unlocked')",
                Passing: "logger.info(\"record %s unlocked\", record_id)"),
        ],
        References:
        [
            RuleReference.Cwe(778, "Insufficient Logging"),
            RuleReference.Asvs("7.1.3", "The application logs security relevant events"),
            new RuleReference("Python Logging HOWTO", "https://docs.python.org/3/howto/logging.html"),
            new RuleReference("Ruff T201: print", "https://docs.astral.sh/ruff/rules/print/"),
        ])
    {
        Requirement = "Application code logs through the logging module, not print()",
    };

    public CheckOutcome Check(ProjectContext project) =>
        WebApps.ReportEach(project, project.Facts.Get(FactKeys.PrintCalls), print => print.Location,
            _ => "`print()` in application code: use a logger with a level and context", "no print() in application code");
}
