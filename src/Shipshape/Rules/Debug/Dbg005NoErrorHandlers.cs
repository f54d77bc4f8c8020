using Shipshape.Facts;
using Shipshape.Facts.Python;
using Shipshape.Model;

namespace Shipshape.Rules.Debug;

/// <summary>DBG005: a Flask app without its own 404/500 (and 429) error handlers.</summary>
public sealed class Dbg005NoErrorHandlers : IProjectRule
{
    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Dbg005,
        Name: "no-custom-error-handlers",
        Category: Categories.Debug,
        Severity: Severity.Low,
        Confidence: Confidence.High,
        Kind: RuleKind.Static,
        Summary: "Checks that a Flask app registers its own handlers (`@app.errorhandler`, `register_error_handler`, "
            + "`@bp.app_errorhandler`) for 404 and 500, and for 429 when rate limiting is configured. FastAPI, Starlette "
            + "and Django answer errors with neutral defaults and are not checked.",
        Why: "Flask's default error pages name the framework and look like a broken site; without a 500 handler, errors "
            + "are not logged in one place, and without a 429 handler rate-limited users get a bare page with no advice.",
        Fix: "Register handlers that render a friendly page (or JSON for APIs) and log server errors: "
            + "`@app.errorhandler(500)`, `@app.errorhandler(404)`, `@app.errorhandler(429)`.",
        Examples:
        [
            new RuleExample("Flask", "python",
                Failing: "@app.errorhandler(404)\ndef not_found(e):\n    return render_template('errors/404.html'), 404",
                Passing: "@app.errorhandler(404)\ndef not_found(e):\n    return render_template('errors/404.html'), 404\n\n@app.errorhandler(500)\ndef server_error(e):\n    app.logger.exception('unhandled error')\n    return render_template('errors/500.html'), 500"),
        ],
        References:
        [
            RuleReference.Cwe(756, "Missing Custom Error Page"),
            RuleReference.Asvs("7.4.1", "A generic message is shown when an unexpected or security sensitive error occurs"),
            new RuleReference("Flask: Handling Application Errors", "https://flask.palletsprojects.com/en/stable/errorhandling/"),
        ])
    {
        Requirement = "The app has its own 404 and 500 (and 429) error pages",
    };

    public CheckOutcome Check(ProjectContext project)
    {
        var app = project.Facts.Get(FactKeys.PythonApps).FirstOrDefault(a => a.Framework == Framework.Flask && !PythonModuleName.IsTest(a.Location.Path));
        if (app is null) return CheckOutcome.NotApplicable("no Flask app (FastAPI, Starlette and Django defaults disclose nothing)");
        var handled = project.Facts.Get(FactKeys.ErrorHandlers).Where(h => h.Code is not null).Select(h => h.Code!.Value).ToHashSet();
        var required = new List<int> { 404, 500 };
        if (project.Facts.Get(FactKeys.Protections).Any(p => p.Kind == ProtectionKind.RateLimiter)) required.Add(429);
        var missing = required.Where(code => !handled.Contains(code)).ToList();
        if (missing.Count == 0) return CheckOutcome.Pass($"handlers for {string.Join(", ", required)}");
        project.Report(app.Location, $"No custom error handler for {string.Join(", ", missing)}"
            + (handled.Count == 0 ? "" : $" (handlers found: {string.Join(", ", handled.Order())})"));
        return CheckOutcome.Fail();
    }
}
