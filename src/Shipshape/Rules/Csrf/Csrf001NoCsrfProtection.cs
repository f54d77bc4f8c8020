using Shipshape.Facts;
using Shipshape.Facts.Python;
using Shipshape.Model;

namespace Shipshape.Rules.Csrf;

/// <summary>CSRF001: forms or cookie sessions with no CSRF protection anywhere in the project.</summary>
public sealed class Csrf001NoCsrfProtection : IProjectRule
{
    private const string DjangoCsrfMiddleware = "django.middleware.csrf.CsrfViewMiddleware";

    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Csrf001,
        Name: "no-csrf-protection",
        Category: Categories.Csrf,
        Severity: Severity.High,
        Confidence: Confidence.Medium,
        Kind: RuleKind.Static,
        Summary: "Checks that a project which reads submitted forms or keeps users in cookie sessions (`request.form`, WTForms "
            + "forms, `flask.session`, `login_user`) has CSRF protection: Flask-WTF `CSRFProtect` or forms derived from "
            + "`FlaskForm`; for Django, `CsrfViewMiddleware` in the production `MIDDLEWARE`.",
        Why: "Browsers send the session cookie with every request to the site, including requests a malicious page makes. "
            + "Without a CSRF token, any site a signed-in user visits can submit the app's forms in their name: change their "
            + "e-mail or password, delete records, post content.",
        Fix: "Flask: `csrf = CSRFProtect(app)` (or `csrf.init_app(app)` in the factory) and `{{ csrf_token() }}` in every form, "
            + "or derive forms from `flask_wtf.FlaskForm`. Django: keep `'django.middleware.csrf.CsrfViewMiddleware'` in "
            + "`MIDDLEWARE` and `{% csrf_token %}` in forms.",
        Examples:
        [
            new RuleExample("Flask", "python",
                Failing: "from wtforms import Form\n\nclass LoginForm(Form):\n    email = StringField('Email')",
                Passing: "from flask_wtf import CSRFProtect, FlaskForm\n\ncsrf = CSRFProtect(app)\n\nclass LoginForm(FlaskForm):\n    email = StringField('Email')"),
            new RuleExample("Django", "python",
                Failing: "MIDDLEWARE = [\n    'django.middleware.security.SecurityMiddleware',\n    'django.contrib.sessions.middleware.SessionMiddleware',\n]",
                Passing: "MIDDLEWARE = [\n    'django.middleware.security.SecurityMiddleware',\n    'django.contrib.sessions.middleware.SessionMiddleware',\n    'django.middleware.csrf.CsrfViewMiddleware',\n]"),
        ],
        References:
        [
            RuleReference.Cwe(352, "Cross-Site Request Forgery (CSRF)"),
            RuleReference.Asvs("4.2.2", "The application enforces a strong anti-CSRF mechanism to protect authenticated functionality"),
            new RuleReference("Flask-WTF: CSRF Protection", "https://flask-wtf.readthedocs.io/en/stable/csrf/"),
            new RuleReference("Django: Cross Site Request Forgery protection", "https://docs.djangoproject.com/en/stable/ref/csrf/"),
        ])
    {
        Requirement = "Forms and cookie sessions are protected against CSRF",
    };

    public CheckOutcome Check(ProjectContext project)
    {
        var config = ProductionConfig.From(project.Facts);
        var django = config.IsDjango ? CheckDjango(project, config) : null;
        if (django is not null && project.Facts.Get(FactKeys.PythonApps).Count == 0) return django;
        var flask = CheckFlask(project);
        return django is null || flask.Status == CheckStatus.Fail || django.Status == CheckStatus.NotApplicable ? flask : django;
    }

    private static CheckOutcome CheckFlask(ProjectContext project)
    {
        var protections = project.Facts.Get(FactKeys.Protections);
        var csrf = protections.FirstOrDefault(p => p.Kind == ProtectionKind.CsrfProtection);
        if (csrf is not null) return CheckOutcome.Pass($"{csrf.Detail} at {csrf.Location}");
        var forms = protections.Where(p => p.Kind == ProtectionKind.FormHandling).ToList();
        if (forms.Count == 0) return CheckOutcome.NotApplicable("no form handling or cookie sessions found (request.form, WTForms, flask.session, login_user)");

        project.Report(AppAnchor.Of(project.Facts, project.EntryPoint),
            $"No CSRF protection: the app handles forms or cookie sessions ({forms[0].Detail} at {forms[0].Location}, {forms.Count} place(s)) "
            + "but no CSRFProtect or FlaskForm was found");
        return CheckOutcome.Fail();
    }

    private static CheckOutcome CheckDjango(ProjectContext project, ProductionConfig config)
    {
        if (config.Get("MIDDLEWARE") is not { } middleware) return CheckOutcome.Manual("Django MIDDLEWARE is not set in the production settings modules");
        if (middleware.Value is not PythonValue.StringList list) return CheckOutcome.Manual($"Django MIDDLEWARE is not a literal list ({middleware.Location})");
        if (list.Items.Contains(DjangoCsrfMiddleware)) return CheckOutcome.Pass("CsrfViewMiddleware is in MIDDLEWARE");
        project.Report(middleware.Location, "Django MIDDLEWARE has no CsrfViewMiddleware: no view is protected against cross-site request forgery (Django security.W003)");
        return CheckOutcome.Fail();
    }
}
