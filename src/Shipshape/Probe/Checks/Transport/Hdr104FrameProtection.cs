using Shipshape.Model;
using Shipshape.Probe.Observatory;

namespace Shipshape.Probe.Checks.Transport;

/// <summary>HDR104: the page cannot be framed by other sites (X-Frame-Options or CSP frame-ancestors).</summary>
public sealed class Hdr104FrameProtection : ObservatoryHeaderCheck
{
    public override RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Hdr104,
        Name: "frame-protection-served",
        Category: Categories.Transport,
        Severity: Severity.Medium,
        Confidence: Confidence.High,
        Kind: RuleKind.Dynamic,
        Summary: "Fetches the app's page and checks that other sites cannot frame it: `X-Frame-Options: DENY` or "
            + "`SAMEORIGIN`, or a Content-Security-Policy `frame-ancestors` directive (the HTTP Observatory's "
            + "x-frame-options test).",
        Why: "A page that any site may load in an invisible frame can be clickjacked: the attacker's page lines "
            + "up the victim's real buttons (delete, transfer, grant access) under its own and the user clicks them "
            + "while logged in.",
        Fix: "Flask-Talisman sends `X-Frame-Options: SAMEORIGIN` by default (`frame_options=\"DENY\"` is stricter); "
            + "Django's XFrameOptionsMiddleware with `X_FRAME_OPTIONS = \"DENY\"`; or the CSP directive "
            + "`frame-ancestors 'none'`, which supersedes the header.",
        Examples:
        [
            new RuleExample("response headers", "http",
                Failing: "HTTP/1.1 200 OK\nContent-Type: text/html",
                Passing: "HTTP/1.1 200 OK\nContent-Type: text/html\nContent-Security-Policy: default-src 'self'; frame-ancestors 'none'"),
        ],
        References:
        [
            RuleReference.Asvs("14.4.7", "The content of a web application cannot be embedded in a third-party site by default"),
            RuleReference.Cwe(1021, "Improper Restriction of Rendered UI Layers or Frames"),
            new RuleReference("MDN: Clickjacking prevention",
                "https://developer.mozilla.org/en-US/docs/Web/Security/Practical_implementation_guides/Clickjacking"),
        ])
    {
        Requirement = "Pages cannot be framed by other sites",
    };

    protected override string ObservatoryTest => XFrameOptionsTest.Name;
    protected override IReadOnlyList<string> Headers => ["X-Frame-Options", "Content-Security-Policy"];

    protected override string Explain(ObservatoryTestResult result) =>
        result.Result == "x-frame-options-header-invalid"
            ? "X-Frame-Options has a value browsers ignore, and no CSP frame-ancestors directive is set"
            : "neither X-Frame-Options nor a CSP frame-ancestors directive is sent: any site can frame the page";
}
