using Shipshape.Model;
using Shipshape.Probe.Observatory;

namespace Shipshape.Probe.Checks.Transport;

/// <summary>HDR103: X-Content-Type-Options: nosniff is served.</summary>
public sealed class Hdr103ContentTypeOptions : ObservatoryHeaderCheck
{
    public override RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Hdr103,
        Name: "content-type-options-served",
        Category: Categories.Transport,
        Severity: Severity.Low,
        Confidence: Confidence.High,
        Kind: RuleKind.Dynamic,
        Summary: "Fetches the app's page and checks that it sends `X-Content-Type-Options: nosniff` (the HTTP "
            + "Observatory's x-content-type-options test); any other value counts as missing.",
        Why: "Without it browsers may guess a response's type from its content, so an uploaded file or a JSON "
            + "answer containing HTML or script can be run as a page or a script from the app's origin.",
        Fix: "Flask-Talisman sends it by default; Django with `SECURE_CONTENT_TYPE_NOSNIFF = True` (and "
            + "SecurityMiddleware); elsewhere `response.headers[\"X-Content-Type-Options\"] = \"nosniff\"` in an "
            + "after-request hook or middleware.",
        Examples:
        [
            new RuleExample("response headers", "http",
                Failing: "HTTP/1.1 200 OK\nContent-Type: text/html",
                Passing: "HTTP/1.1 200 OK\nContent-Type: text/html\nX-Content-Type-Options: nosniff"),
        ],
        References:
        [
            RuleReference.Asvs("14.4.4", "All responses contain an X-Content-Type-Options: nosniff header"),
            RuleReference.Cwe(693, "Protection Mechanism Failure"),
            new RuleReference("MDN: X-Content-Type-Options",
                "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Headers/X-Content-Type-Options"),
        ])
    {
        Requirement = "Responses carry X-Content-Type-Options: nosniff",
    };

    protected override string ObservatoryTest => XContentTypeOptionsTest.Name;
    protected override IReadOnlyList<string> Headers => ["X-Content-Type-Options"];

    protected override string Explain(ObservatoryTestResult result) =>
        result.Result == "x-content-type-options-header-invalid"
            ? "X-Content-Type-Options is sent with a value other than nosniff"
            : "X-Content-Type-Options: nosniff is not sent";
}
