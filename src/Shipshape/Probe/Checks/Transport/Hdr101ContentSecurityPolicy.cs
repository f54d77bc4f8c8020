using Shipshape.Model;
using Shipshape.Probe.Observatory;

namespace Shipshape.Probe.Checks.Transport;

/// <summary>HDR101: the page is served with a Content-Security-Policy that restricts scripts.</summary>
public sealed class Hdr101ContentSecurityPolicy : ObservatoryHeaderCheck
{
    public override RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Hdr101,
        Name: "content-security-policy-served",
        Category: Categories.Transport,
        Severity: Severity.Medium,
        Confidence: Confidence.High,
        Kind: RuleKind.Dynamic,
        Summary: "Fetches the app's page and grades its Content-Security-Policy (header and `<meta http-equiv>`) "
            + "with the HTTP Observatory's content-security-policy test: it fails when the policy is missing, "
            + "report-only, unparsable, or allows inline or broadly-sourced scripts, `unsafe-eval` or http sources.",
        Why: "A policy that restricts where scripts come from is the last line of defence against cross-site "
            + "scripting: an injected `<script>` or inline handler does not run. Without one, or with "
            + "`'unsafe-inline'` in `script-src`, any HTML injection becomes code execution in users' sessions.",
        Fix: "Send a policy that names its sources, without `'unsafe-inline'` for scripts; with Flask-Talisman: "
            + "`Talisman(app, content_security_policy={\"default-src\": \"'self'\", \"object-src\": \"'none'\"})`; "
            + "with Django 3.2/4.x use django-csp (`CSP_DEFAULT_SRC = (\"'self'\",)`), with Starlette a middleware "
            + "that sets the header. Use nonces or hashes instead of inline scripts.",
        Examples:
        [
            new RuleExample("response headers", "http",
                Failing: "HTTP/1.1 200 OK\nContent-Type: text/html\nContent-Security-Policy: default-src 'self'; script-src 'self' 'unsafe-inline'",
                Passing: "HTTP/1.1 200 OK\nContent-Type: text/html\nContent-Security-Policy: default-src 'self'; object-src 'none'"),
        ],
        References:
        [
            RuleReference.Asvs("14.4.3", "A Content Security Policy response header is in place"),
            RuleReference.Cwe(79, "Improper Neutralization of Input During Web Page Generation"),
            new RuleReference("MDN: Content Security Policy implementation guide",
                "https://developer.mozilla.org/en-US/docs/Web/Security/Practical_implementation_guides/CSP"),
        ])
    {
        Requirement = "The served Content-Security-Policy restricts scripts",
    };

    protected override string ObservatoryTest => ContentSecurityPolicyTest.Name;
    protected override IReadOnlyList<string> Headers => ["Content-Security-Policy", "Content-Security-Policy-Report-Only"];

    protected override string Explain(ObservatoryTestResult result) => result.Result switch
    {
        "csp-not-implemented" => "no Content-Security-Policy is served",
        "csp-not-implemented-but-reporting-enabled" => "the Content-Security-Policy is report-only: nothing is enforced",
        "csp-header-invalid" => "the Content-Security-Policy cannot be parsed (repeated directive, or 'strict-dynamic' without a nonce or hash)",
        "csp-implemented-with-unsafe-inline" => "the Content-Security-Policy lets inline or broadly-sourced scripts run ('unsafe-inline', data:, a scheme or * in script-src or object-src)",
        "csp-implemented-with-unsafe-eval" => "the Content-Security-Policy allows 'unsafe-eval'",
        "csp-implemented-with-insecure-scheme" => "the Content-Security-Policy of this https page allows scripts or other active content over http",
        "csp-implemented-with-insecure-scheme-in-passive-content-only" => "the Content-Security-Policy of this https page allows images or media over http",
        _ => "the Content-Security-Policy is weak",
    };
}
