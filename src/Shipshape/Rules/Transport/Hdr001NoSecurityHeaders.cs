using Shipshape.Facts;
using Shipshape.Facts.Python;
using Shipshape.Model;

namespace Shipshape.Rules.Transport;

/// <summary>HDR001: no security headers set anywhere.</summary>
public sealed class Hdr001NoSecurityHeaders : IProjectRule
{
    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Hdr001,
        Name: "no-security-headers",
        Category: Categories.Transport,
        Severity: Severity.High,
        Confidence: Confidence.Medium,
        Kind: RuleKind.Static,
        Summary: "Checks that the app sets security headers somewhere: Flask-Talisman, a security-headers middleware, "
            + "headers such as `Content-Security-Policy`, `X-Frame-Options`, `X-Content-Type-Options` or "
            + "`Strict-Transport-Security` set on responses (`after_request`, middleware), or Django's `SecurityMiddleware`. "
            + "Headers added by a reverse proxy outside the repository cannot be seen; `shipshape probe` checks the live ones.",
        Why: "Without them, browsers apply no framing, MIME-sniffing or script-source restrictions: clickjacking, content "
            + "sniffing and any injected script run unhindered, and HTTPS is not pinned.",
        Fix: "Flask: `Talisman(app, content_security_policy=CSP)`; FastAPI/Starlette: a middleware that sets the headers on "
            + "every response; Django: keep `SecurityMiddleware` and set the `SECURE_*` settings.",
        Examples:
        [
            new RuleExample("Flask", "python",
                Failing: "app = Flask(__name__)",
                Passing: "app = Flask(__name__)\nTalisman(app, content_security_policy={'default-src': \"'self'\"})"),
            new RuleExample("Flask (after_request)", "python",
                Failing: "@app.after_request\ndef headers(response):\n    return response",
                Passing: "@app.after_request\ndef headers(response):\n    response.headers['X-Content-Type-Options'] = 'nosniff'\n    response.headers['X-Frame-Options'] = 'DENY'\n    return response"),
        ],
        References:
        [
            RuleReference.Cwe(693, "Protection Mechanism Failure"),
            RuleReference.Asvs("14.4.1", "Every HTTP response contains a Content-Type header"),
            new RuleReference("OWASP Secure Headers Project", "https://owasp.org/www-project-secure-headers/"),
        ])
    {
        Requirement = "Security headers are set on responses",
    };

    public CheckOutcome Check(ProjectContext project)
    {
        if (!AppAnchor.HasWebApp(project.Facts)) return CheckOutcome.NotApplicable("no Flask, FastAPI, Starlette or Django app found");
        if (project.Facts.Get(FactKeys.Protections).FirstOrDefault(p => p.Kind == ProtectionKind.SecurityHeaders) is { } protection)
            return CheckOutcome.Pass($"{protection.Detail} at {protection.Location}");
        if (project.Facts.Get(FactKeys.Headers).FirstOrDefault(h => SecurityHeaderNames.IsSecurityHeader(h.Name)) is { } header)
            return CheckOutcome.Pass(header.ToString());
        var config = ProductionConfig.From(project.Facts);
        if (config.IsDjango && config.Get("MIDDLEWARE")?.Value is PythonValue.StringList { Items: var items }
            && items.Contains("django.middleware.security.SecurityMiddleware"))
            return CheckOutcome.Pass("Django SecurityMiddleware");

        project.Report(AppAnchor.Of(project.Facts, project.EntryPoint),
            "No security headers: no Talisman, security-headers middleware, Django SecurityMiddleware or code setting "
            + "Content-Security-Policy, X-Frame-Options, X-Content-Type-Options or Strict-Transport-Security was found");
        return CheckOutcome.Fail();
    }
}
