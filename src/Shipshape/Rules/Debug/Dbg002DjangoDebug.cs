using Shipshape.Facts.Python;
using Shipshape.Model;

namespace Shipshape.Rules.Debug;

/// <summary>DBG002: Django's DEBUG on in the production settings, not conditioned on the environment.</summary>
public sealed class Dbg002DjangoDebug : IProjectRule
{
    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Dbg002,
        Name: "django-debug-true",
        Category: Categories.Debug,
        Severity: Severity.Critical,
        Confidence: Confidence.High,
        Kind: RuleKind.Static,
        Summary: "Checks the `DEBUG` setting of the Django settings modules production runs (the leaves of "
            + "`from .base import *` chains, preferring one named production): a literal `True`, or an environment read "
            + "whose default is true (Django security.W018).",
        Why: "With `DEBUG = True` Django shows every visitor a technical error page with settings, SQL, stack frames and "
            + "local variables, serves static files itself, and keeps every SQL query in memory.",
        Fix: "`DEBUG = os.environ.get('DJANGO_DEBUG', '') == '1'` in the base settings, or `DEBUG = False` in the production "
            + "module; keep `DEBUG = True` in a development-only module.",
        Examples:
        [
            new RuleExample("Django", "python",
                Failing: "DEBUG = True",
                Passing: "DEBUG = os.environ.get('DJANGO_DEBUG', '') == '1'"),
        ],
        References:
        [
            RuleReference.Cwe(489, "Active Debug Code"),
            RuleReference.Asvs("14.3.2", "Web or application server and application framework debug modes are disabled in production"),
            new RuleReference("Django: DEBUG", "https://docs.djangoproject.com/en/stable/ref/settings/#debug"),
        ])
    {
        Requirement = "Django DEBUG is off in production settings",
    };

    public CheckOutcome Check(ProjectContext project)
    {
        var config = ProductionConfig.From(project.Facts);
        if (!config.IsDjango) return CheckOutcome.NotApplicable("no Django settings module");
        if (config.Get("DEBUG") is not { } debug) return CheckOutcome.Pass("DEBUG is not set (Django's default is False)");
        if (debug.Value.IsTruthyLiteral)
        {
            project.Report(debug.Value.Location, $"DEBUG is {debug.Value} in {debug.Scope}, whatever the environment (Django security.W018)");
            return CheckOutcome.Fail();
        }

        if (debug.Value is PythonValue.Environment { Default: { } fallback } read && fallback.IsTruthyLiteral)
        {
            project.Report(fallback.Location, $"DEBUG reads {read.Variable} but defaults to {fallback} when it is unset (Django security.W018)");
            return CheckOutcome.Fail();
        }

        return CheckOutcome.Pass($"DEBUG = {debug.Value}");
    }
}
