using Shipshape.Facts.Python;
using Shipshape.Model;

namespace Shipshape.Rules.Transport;

/// <summary>HDR005: Django's deploy-time security settings (parity with <c>manage.py check --deploy</c>), plus a wildcard ALLOWED_HOSTS.</summary>
public sealed class Hdr005DjangoDeploySettings : IProjectRule
{
    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Hdr005,
        Name: "django-deploy-settings",
        Category: Categories.Transport,
        Severity: Severity.Medium,
        Confidence: Confidence.High,
        Kind: RuleKind.Static,
        Summary: "Checks the production Django settings the way `manage.py check --deploy` does (Django 3.2 to 5): "
            + "SecurityMiddleware (W001) and XFrameOptionsMiddleware (W002) installed; with SecurityMiddleware, "
            + "`SECURE_HSTS_SECONDS` set (W004) with `SECURE_HSTS_INCLUDE_SUBDOMAINS` (W005) and `SECURE_HSTS_PRELOAD` "
            + "(W021), `SECURE_CONTENT_TYPE_NOSNIFF` (W006), `SECURE_SSL_REDIRECT` (W008), a `SECURE_REFERRER_POLICY` "
            + "(W022); `X_FRAME_OPTIONS = 'DENY'` (W019); a non-empty `ALLOWED_HOSTS` (W020). It also reports "
            + "`ALLOWED_HOSTS` containing `'*'`, which Django does not warn about.",
        Why: "Each of these settings turns on a browser protection Django ships but cannot enable by itself: HTTPS "
            + "pinning, framing and MIME-sniffing protection, referrer trimming. A wildcard host accepts forged Host "
            + "headers, which poison password-reset links and caches.",
        Fix: "In the production settings: `SECURE_HSTS_SECONDS = 31536000`, `SECURE_HSTS_INCLUDE_SUBDOMAINS = True`, "
            + "`SECURE_HSTS_PRELOAD = True`, `SECURE_SSL_REDIRECT = True` (and `SECURE_PROXY_SSL_HEADER` behind a proxy), "
            + "`X_FRAME_OPTIONS = 'DENY'`, and `ALLOWED_HOSTS` listing your domains.",
        Examples:
        [
            new RuleExample("Django", "python",
                Failing: "ALLOWED_HOSTS = ['*']",
                Passing: "ALLOWED_HOSTS = os.environ['DJANGO_ALLOWED_HOSTS'].split(',')\nSECURE_HSTS_SECONDS = 31536000\nSECURE_HSTS_INCLUDE_SUBDOMAINS = True\nSECURE_HSTS_PRELOAD = True\nSECURE_SSL_REDIRECT = True"),
        ],
        References:
        [
            RuleReference.Cwe(693, "Protection Mechanism Failure"),
            RuleReference.Asvs("14.4.5", "A Strict-Transport-Security header is included on all responses and for all subdomains"),
            new RuleReference("Django: Deployment checklist", "https://docs.djangoproject.com/en/stable/howto/deployment/checklist/"),
        ])
    {
        Requirement = "Django's deploy checks pass and ALLOWED_HOSTS lists real hosts",
    };

    public CheckOutcome Check(ProjectContext project)
    {
        var config = ProductionConfig.From(project.Facts);
        if (!config.IsDjango) return CheckOutcome.NotApplicable("no Django settings module");
        var django = new DjangoSettingsView(config);
        var findings = new List<(Location?, string)>();
        var security = django.HasMiddleware("SecurityMiddleware");
        if (!security) findings.Add((django.Where("MIDDLEWARE"), "SecurityMiddleware is not in MIDDLEWARE (Django security.W001)"));
        if (!django.HasMiddleware("XFrameOptionsMiddleware")) findings.Add((django.Where("MIDDLEWARE"), "XFrameOptionsMiddleware is not in MIDDLEWARE (Django security.W002)"));
        if (security)
        {
            var hsts = django.Setting("SECURE_HSTS_SECONDS")?.Value.WhenUnset?.AsInteger ?? 0;
            if (hsts <= 0) findings.Add((django.Where("SECURE_HSTS_SECONDS"), "SECURE_HSTS_SECONDS is not set: no HSTS (Django security.W004)"));
            else
            {
                if (!django.IsTrue("SECURE_HSTS_INCLUDE_SUBDOMAINS")) findings.Add((django.Where("SECURE_HSTS_INCLUDE_SUBDOMAINS"), "SECURE_HSTS_INCLUDE_SUBDOMAINS is not True (Django security.W005)"));
                if (!django.IsTrue("SECURE_HSTS_PRELOAD")) findings.Add((django.Where("SECURE_HSTS_PRELOAD"), "SECURE_HSTS_PRELOAD is not True (Django security.W021)"));
            }

            if (django.Setting("SECURE_CONTENT_TYPE_NOSNIFF") is { } nosniff && nosniff.Value.IsBool(false))
                findings.Add((nosniff.Value.Location, "SECURE_CONTENT_TYPE_NOSNIFF is False (Django security.W006)"));
            if (!django.IsTrue("SECURE_SSL_REDIRECT")) findings.Add((django.Where("SECURE_SSL_REDIRECT"), "SECURE_SSL_REDIRECT is not True: plain-HTTP requests are served (Django security.W008)"));
            if (django.Setting("SECURE_REFERRER_POLICY") is { Value: PythonValue.Literal { Value: Shipshape.Python.Ast.ConstantValue.NoneValue } } referrer)
                findings.Add((referrer.Value.Location, "SECURE_REFERRER_POLICY is None (Django security.W022)"));
        }

        if (django.HasMiddleware("XFrameOptionsMiddleware") && django.Setting("X_FRAME_OPTIONS") is { Value.AsString: { } frame } frameSetting && frame != "DENY")
            findings.Add((frameSetting.Value.Location, $"X_FRAME_OPTIONS is '{frame}', not 'DENY' (Django security.W019)"));
        if (django.Setting("ALLOWED_HOSTS")?.Value is PythonValue.StringList hosts)
        {
            if (hosts.Items.IsEmpty && !django.IsTrue("DEBUG")) findings.Add((hosts.Location, "ALLOWED_HOSTS is empty (Django security.W020)"));
            if (hosts.Items.Contains("*")) findings.Add((hosts.Location, "ALLOWED_HOSTS contains '*': any Host header is accepted (forged password-reset links, cache poisoning)"));
        }

        foreach (var (location, message) in findings) project.Report(location, message);
        return findings.Count > 0 ? CheckOutcome.Fail() : CheckOutcome.Pass("Django deploy settings are set");
    }
}
