using Shipshape.Facts;
using Shipshape.Facts.Python;
using Shipshape.Model;

namespace Shipshape.Rules.Transport;

/// <summary>HDR003: HTTPS not enforced: no redirect and no HSTS.</summary>
public sealed class Hdr003HttpsNotEnforced : IProjectRule
{
    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Hdr003,
        Name: "https-not-enforced",
        Category: Categories.Transport,
        Severity: Severity.High,
        Confidence: Confidence.Medium,
        Kind: RuleKind.Static,
        Summary: "Checks that the app enforces HTTPS: Talisman (`force_https` and HSTS are on unless switched off), "
            + "`HTTPSRedirectMiddleware`, flask-sslify, code that redirects to `https://`, a `Strict-Transport-Security` "
            + "header, or Django's `SECURE_SSL_REDIRECT = True` / `SECURE_HSTS_SECONDS > 0` in production settings.",
        Why: "Without a redirect and HSTS, the first request of a visit can go over plain HTTP, where anyone on the network "
            + "can read or change it and steal the session cookie (SSL stripping).",
        Fix: "Flask: `Talisman(app, force_https=True, strict_transport_security=True)` and `ProxyFix` behind a proxy; "
            + "FastAPI: `HTTPSRedirectMiddleware` plus an HSTS header; Django: `SECURE_SSL_REDIRECT = True`, "
            + "`SECURE_HSTS_SECONDS = 31536000`, `SECURE_PROXY_SSL_HEADER` behind a proxy.",
        Examples:
        [
            new RuleExample("Flask", "python",
                Failing: "app = Flask(__name__)",
                Passing: "app = Flask(__name__)\napp.wsgi_app = ProxyFix(app.wsgi_app, x_proto=1)\nTalisman(app, force_https=True)"),
            new RuleExample("Django", "python",
                Failing: "SECURE_SSL_REDIRECT = False",
                Passing: "SECURE_SSL_REDIRECT = True\nSECURE_HSTS_SECONDS = 31536000\nSECURE_PROXY_SSL_HEADER = ('HTTP_X_FORWARDED_PROTO', 'https')"),
        ],
        References:
        [
            RuleReference.Cwe(319, "Cleartext Transmission of Sensitive Information"),
            RuleReference.Asvs("9.1.1", "TLS is used for all client connectivity, and does not fall back to insecure or unencrypted communications"),
            new RuleReference("MDN: Strict-Transport-Security", "https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Strict-Transport-Security"),
        ])
    {
        Requirement = "HTTPS is enforced (redirect and HSTS)",
    };

    public CheckOutcome Check(ProjectContext project)
    {
        if (!AppAnchor.HasWebApp(project.Facts)) return CheckOutcome.NotApplicable("no Flask, FastAPI, Starlette or Django app found");
        if (project.Facts.Get(FactKeys.Protections).FirstOrDefault(p => p.Kind == ProtectionKind.HttpsRedirect) is { } redirect)
            return CheckOutcome.Pass($"{redirect.Detail} at {redirect.Location}");
        if (project.Facts.Get(FactKeys.Headers).FirstOrDefault(h => h.Name.Equals(SecurityHeaderNames.Hsts, StringComparison.OrdinalIgnoreCase)) is { } hsts)
            return CheckOutcome.Pass(hsts.ToString());
        var config = ProductionConfig.From(project.Facts);
        if (config.Get("SECURE_SSL_REDIRECT")?.Value.WhenUnset?.IsTruthyLiteral == true) return CheckOutcome.Pass("SECURE_SSL_REDIRECT = True");
        if (config.Get("SECURE_HSTS_SECONDS")?.Value.WhenUnset?.AsInteger > 0) return CheckOutcome.Pass("SECURE_HSTS_SECONDS set");

        project.Report(AppAnchor.Of(project.Facts, project.EntryPoint),
            "HTTPS is not enforced: no Talisman, HTTPS redirect, Strict-Transport-Security header, or Django "
            + "SECURE_SSL_REDIRECT / SECURE_HSTS_SECONDS was found");
        return CheckOutcome.Fail();
    }
}
