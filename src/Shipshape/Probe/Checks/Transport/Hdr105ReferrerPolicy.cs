using Shipshape.Model;
using Shipshape.Probe.Observatory;

namespace Shipshape.Probe.Checks.Transport;

/// <summary>HDR105: no Referrer-Policy that leaks full URLs to other sites.</summary>
public sealed class Hdr105ReferrerPolicy : ObservatoryHeaderCheck
{
    public override RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Hdr105,
        Name: "referrer-policy-served",
        Category: Categories.Transport,
        Severity: Severity.Low,
        Confidence: Confidence.High,
        Kind: RuleKind.Dynamic,
        Summary: "Fetches the app's page and grades its Referrer-Policy (header or `<meta name=\"referrer\">`) with "
            + "the HTTP Observatory's test: it fails when the policy sends the full URL cross-origin (`unsafe-url`, "
            + "`no-referrer-when-downgrade`, `origin`, `origin-when-cross-origin`) or is not a valid policy. No "
            + "policy passes: browsers then default to `strict-origin-when-cross-origin`.",
        Why: "URLs carry more than they should (reset tokens, search terms, record ids); a permissive policy sends "
            + "them in the Referer header to every third-party script, image and link target.",
        Fix: "Flask-Talisman sends `strict-origin-when-cross-origin` by default; Django with "
            + "`SECURE_REFERRER_POLICY = \"same-origin\"`; or set `Referrer-Policy: no-referrer` yourself.",
        Examples:
        [
            new RuleExample("response headers", "http",
                Failing: "HTTP/1.1 200 OK\nReferrer-Policy: unsafe-url",
                Passing: "HTTP/1.1 200 OK\nReferrer-Policy: strict-origin-when-cross-origin"),
        ],
        References:
        [
            RuleReference.Asvs("14.4.6", "A suitable Referrer-Policy header is included"),
            RuleReference.Cwe(200, "Exposure of Sensitive Information to an Unauthorized Actor"),
            new RuleReference("MDN: Referrer policy guide",
                "https://developer.mozilla.org/en-US/docs/Web/Security/Practical_implementation_guides/Referrer_policy"),
        ])
    {
        Requirement = "Referrer-Policy does not leak URLs to other sites",
    };

    protected override string ObservatoryTest => ReferrerPolicyTest.Name;
    protected override IReadOnlyList<string> Headers => ["Referrer-Policy"];

    protected override string Explain(ObservatoryTestResult result) =>
        result.Result == "referrer-policy-unsafe"
            ? $"the Referrer-Policy ({result.Data}) sends page URLs to other sites"
            : $"the Referrer-Policy ({result.Data}) is not a policy browsers recognise";
}
