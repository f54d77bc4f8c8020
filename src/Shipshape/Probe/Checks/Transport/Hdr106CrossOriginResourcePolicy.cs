using Shipshape.Model;
using Shipshape.Probe.Observatory;

namespace Shipshape.Probe.Checks.Transport;

/// <summary>HDR106: a Cross-Origin-Resource-Policy, when sent, is valid.</summary>
public sealed class Hdr106CrossOriginResourcePolicy : ObservatoryHeaderCheck
{
    public override RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Hdr106,
        Name: "cross-origin-resource-policy-valid",
        Category: Categories.Transport,
        Severity: Severity.Info,
        Confidence: Confidence.High,
        Kind: RuleKind.Dynamic,
        Summary: "Fetches the app's page and grades its Cross-Origin-Resource-Policy with the HTTP Observatory's "
            + "test: a value other than `same-origin`, `same-site` or `cross-origin` fails. A missing header passes "
            + "(the Observatory gives a bonus for `same-origin`/`same-site`, shown in the grade).",
        Why: "CORP tells browsers not to hand the app's responses to other sites' pages (a defence against "
            + "Spectre-style side channels); a misspelt value silently gives no protection.",
        Fix: "Send `Cross-Origin-Resource-Policy: same-origin` (or `same-site`) from an after-request hook, "
            + "middleware or the proxy; check the spelling of the value.",
        Examples:
        [
            new RuleExample("response headers", "http",
                Failing: "HTTP/1.1 200 OK\nCross-Origin-Resource-Policy: same",
                Passing: "HTTP/1.1 200 OK\nCross-Origin-Resource-Policy: same-origin"),
        ],
        References:
        [
            RuleReference.Cwe(693, "Protection Mechanism Failure"),
            new RuleReference("MDN: Cross-Origin-Resource-Policy",
                "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Headers/Cross-Origin-Resource-Policy"),
        ])
    {
        Requirement = "Cross-Origin-Resource-Policy, when sent, is valid",
    };

    protected override string ObservatoryTest => CrossOriginResourcePolicyTest.Name;
    protected override IReadOnlyList<string> Headers => ["Cross-Origin-Resource-Policy"];

    protected override string Explain(ObservatoryTestResult result) =>
        $"Cross-Origin-Resource-Policy has an invalid value ({result.Data})";
}
