using Shipshape.Facts;
using Shipshape.Facts.Python;
using Shipshape.Model;

namespace Shipshape.Rules.Csrf;

/// <summary>CSRF002: CSRF protection disabled or exempted for views.</summary>
public sealed class Csrf002CsrfExempted : IProjectRule
{
    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Csrf002,
        Name: "csrf-disabled-or-exempt",
        Category: Categories.Csrf,
        Severity: Severity.High,
        Confidence: Confidence.High,
        Kind: RuleKind.Static,
        Summary: "Checks for CSRF protection switched off where it exists: `@csrf.exempt` on a view, `csrf.exempt(blueprint)`, "
            + "Django's `@csrf_exempt`, and `WTF_CSRF_ENABLED = False` in the configuration production loads.",
        Why: "An exemption reopens exactly the hole CSRF protection closes, usually on the views that matter (an API "
            + "blueprint that the site's own pages post to with the session cookie, an unlock form). A report that says "
            + "\"all forms protected\" is then false.",
        Fix: "Remove the exemption and send the token: forms with `{{ csrf_token() }}`, `fetch()` calls with the "
            + "`X-CSRFToken` header. Exempt only endpoints that do not use cookie authentication (token-authenticated APIs "
            + "or webhooks that verify a signature).",
        Examples:
        [
            new RuleExample("Flask", "python",
                Failing: "csrf = CSRFProtect(app)\napp.register_blueprint(api_bp)\ncsrf.exempt(api_bp)",
                Passing: "csrf = CSRFProtect(app)\napp.register_blueprint(api_bp)\n# templates send the token: headers: {'X-CSRFToken': '{{ csrf_token() }}'}"),
            new RuleExample("Django", "python",
                Failing: "@csrf_exempt\ndef unlock(request, pk):\n    ...",
                Passing: "def unlock(request, pk):\n    ...  # the form includes {% csrf_token %}"),
        ],
        References:
        [
            RuleReference.Cwe(352, "Cross-Site Request Forgery (CSRF)"),
            RuleReference.Asvs("4.2.2", "The application enforces a strong anti-CSRF mechanism to protect authenticated functionality"),
            new RuleReference("Flask-WTF: Exclude views from protection", "https://flask-wtf.readthedocs.io/en/stable/csrf/#exclude-views-from-protection"),
        ])
    {
        Requirement = "No view is exempted from CSRF protection and it is not switched off",
    };

    public CheckOutcome Check(ProjectContext project)
    {
        var found = false;
        foreach (var route in project.Facts.Get(FactKeys.Routes).Where(r => r.CsrfExempt is not null))
        {
            project.Report(route.CsrfExempt, $"CSRF protection is exempted on {string.Join(",", route.Methods)} {route.Path} ({route.Handler})");
            found = true;
        }

        foreach (var exemption in project.Facts.Get(FactKeys.Protections).Where(p => p.Kind == ProtectionKind.CsrfExemption))
        {
            project.Report(exemption.Location, $"CSRF protection is exempted: {exemption.Detail}");
            found = true;
        }

        foreach (var setting in ProductionConfig.From(project.Facts).All("WTF_CSRF_ENABLED").Where(s => s.Value.IsBool(false) || s.Value.WhenUnset?.IsBool(false) == true))
        {
            project.Report(setting.Value.Location, $"CSRF protection is switched off: {setting.Scope}.WTF_CSRF_ENABLED is False in production configuration");
            found = true;
        }

        if (found) return CheckOutcome.Fail();
        var protections = project.Facts.Get(FactKeys.Protections);
        return protections.Any(p => p.Kind == ProtectionKind.CsrfProtection) || ProductionConfig.From(project.Facts).IsDjango
            ? CheckOutcome.Pass("no CSRF exemption or WTF_CSRF_ENABLED = False found")
            : CheckOutcome.NotApplicable("no CSRF protection in the project to exempt from (see CSRF001)");
    }
}
