using Shipshape.Facts;
using Shipshape.Model;

namespace Shipshape.Rules.Transport;

/// <summary>HDR002: a Content-Security-Policy that allows inline or eval'd script, or any source.</summary>
public sealed class Hdr002WeakContentSecurityPolicy : IProjectRule
{
    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Hdr002,
        Name: "weak-content-security-policy",
        Category: Categories.Transport,
        Severity: Severity.Medium,
        Confidence: Confidence.High,
        Kind: RuleKind.Static,
        Summary: "Checks Content-Security-Policy values set in code (response headers, middleware, Talisman's "
            + "`content_security_policy` dict) for `'unsafe-inline'`, `'unsafe-eval'` and wildcard `*` sources.",
        Why: "A CSP exists to stop injected script from running. `'unsafe-inline'` and `'unsafe-eval'` allow exactly the "
            + "script an XSS injects, and `*` lets it load from anywhere: the header then gives a false sense of safety.",
        Fix: "Allow only your own origin and the hosts you need (`script-src 'self' https://www.googletagmanager.com`), "
            + "move inline scripts to files or use nonces (`content_security_policy_nonce_in=['script-src']`).",
        Examples:
        [
            new RuleExample("FastAPI middleware", "python",
                Failing: "CSP = \"default-src * 'unsafe-inline' 'unsafe-eval' data: blob:\"",
                Passing: "CSP = \"default-src 'self'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'\""),
        ],
        References:
        [
            RuleReference.Cwe(1021, "Improper Restriction of Rendered UI Layers or Frames"),
            RuleReference.Cwe(79, "Improper Neutralization of Input During Web Page Generation ('Cross-site Scripting')"),
            RuleReference.Asvs("14.4.3", "A Content Security Policy (CSPv2) response header is in place that helps mitigate impact for XSS attacks"),
            new RuleReference("MDN: Content-Security-Policy", "https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Content-Security-Policy"),
        ])
    {
        Requirement = "The Content-Security-Policy allows no inline or eval'd script and no wildcard sources",
    };

    public CheckOutcome Check(ProjectContext project)
    {
        var policies = project.Facts.Get(FactKeys.Headers).Where(h => h.Name.Equals(SecurityHeaderNames.Csp, StringComparison.OrdinalIgnoreCase)).ToList();
        if (policies.Count == 0) return CheckOutcome.NotApplicable("no Content-Security-Policy set in code");
        var found = false;
        foreach (var policy in policies)
        {
            if (policy.Value.AsString is not { } text) continue;
            var tokens = text.Split([' ', ';'], StringSplitOptions.RemoveEmptyEntries);
            var weak = tokens.Where(t => t is "'unsafe-inline'" or "'unsafe-eval'" or "*").Distinct().ToList();
            if (weak.Count == 0) continue;
            project.Report(policy.Value.Location, $"Content-Security-Policy allows {string.Join(", ", weak)}: injected script can run");
            found = true;
        }

        return found ? CheckOutcome.Fail() : CheckOutcome.Pass($"{policies.Count} policy value(s) without unsafe-inline, unsafe-eval or *");
    }
}
