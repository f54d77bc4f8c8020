using Shipshape.Facts;
using Shipshape.Facts.Python;
using Shipshape.Model;

namespace Shipshape.Rules.Transport;

/// <summary>HDR004: the deprecated <c>X-XSS-Protection: 1; mode=block</c>.</summary>
public sealed class Hdr004DeprecatedXssProtection : IProjectRule
{
    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Hdr004,
        Name: "deprecated-x-xss-protection",
        Category: Categories.Transport,
        Severity: Severity.Low,
        Confidence: Confidence.High,
        Kind: RuleKind.Static,
        Summary: "Checks for `X-XSS-Protection` set to enable the browser's XSS auditor (`1` or `1; mode=block`) in code, "
            + "and Django's `SECURE_BROWSER_XSS_FILTER = True`.",
        Why: "Browsers removed the XSS auditor; where it survived it could be abused to leak data from pages. Current "
            + "guidance (OWASP, MDN) is to omit the header or send `0` and rely on a Content-Security-Policy.",
        Fix: "Send `X-XSS-Protection: 0` (or nothing) and a strict `Content-Security-Policy`.",
        Examples:
        [
            new RuleExample("Flask", "python",
                Failing: "response.headers['X-XSS-Protection'] = '1; mode=block'",
                Passing: "response.headers['X-XSS-Protection'] = '0'"),
        ],
        References:
        [
            RuleReference.Cwe(693, "Protection Mechanism Failure"),
            RuleReference.Asvs("14.4.3", "A Content Security Policy (CSPv2) response header is in place that helps mitigate impact for XSS attacks"),
            new RuleReference("OWASP HTTP Headers Cheat Sheet: X-XSS-Protection", "https://cheatsheetseries.owasp.org/cheatsheets/HTTP_Headers_Cheat_Sheet.html#x-xss-protection"),
        ])
    {
        Requirement = "X-XSS-Protection is omitted or 0",
    };

    public CheckOutcome Check(ProjectContext project)
    {
        var headers = project.Facts.Get(FactKeys.Headers).Where(h => h.Name.Equals(SecurityHeaderNames.XssProtection, StringComparison.OrdinalIgnoreCase)).ToList();
        var django = ProductionConfig.From(project.Facts).Get("SECURE_BROWSER_XSS_FILTER");
        if (headers.Count == 0 && django is null) return CheckOutcome.NotApplicable("X-XSS-Protection is not set in code");
        var found = false;
        foreach (var header in headers.Where(h => h.Value.AsString?.TrimStart().StartsWith('1') == true))
        {
            project.Report(header.Value.Location, $"X-XSS-Protection is '{header.Value.AsString}': the XSS auditor is deprecated; send 0 or omit it");
            found = true;
        }

        if (django?.Value.IsTruthyLiteral == true)
        {
            project.Report(django.Value.Location, "SECURE_BROWSER_XSS_FILTER = True sends the deprecated X-XSS-Protection: 1; mode=block");
            found = true;
        }

        return found ? CheckOutcome.Fail() : CheckOutcome.Pass("X-XSS-Protection is 0");
    }
}
