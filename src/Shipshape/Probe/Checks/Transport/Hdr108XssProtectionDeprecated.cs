using Shipshape.Model;
using Shipshape.Probe.Evidence;
using Shipshape.Rules;

namespace Shipshape.Probe.Checks.Transport;

/// <summary>HDR108: the deprecated X-XSS-Protection filter is not switched on.</summary>
public sealed class Hdr108XssProtectionDeprecated : IProbeCheck
{
    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Hdr108,
        Name: "xss-protection-filter-enabled",
        Category: Categories.Transport,
        Severity: Severity.Low,
        Confidence: Confidence.High,
        Kind: RuleKind.Dynamic,
        Summary: "Fetches the app's page and fails when it sends `X-XSS-Protection` with a value other than `0` "
            + "(the dynamic twin of HDR004).",
        Why: "Browsers removed the XSS auditor this header controlled; where it still exists, `1; mode=block` "
            + "has been used to leak page contents cross-site. Sending it is not a protection, and readiness "
            + "reports that count it as one overstate the app's defences. Current guidance: omit it or send `0`, "
            + "and rely on a Content-Security-Policy.",
        Fix: "Remove the header, or send `X-XSS-Protection: 0` (Flask-Talisman 1.1+ does; older versions send "
            + "`1; mode=block`: set it to `0` in an after-request hook).",
        Examples:
        [
            new RuleExample("response headers", "http",
                Failing: "HTTP/1.1 200 OK\nX-XSS-Protection: 1; mode=block",
                Passing: "HTTP/1.1 200 OK\nX-XSS-Protection: 0"),
        ],
        References:
        [
            RuleReference.Cwe(693, "Protection Mechanism Failure"),
            new RuleReference("MDN: X-XSS-Protection", "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Headers/X-XSS-Protection"),
        ])
    {
        Requirement = "The deprecated X-XSS-Protection filter is not switched on",
    };

    public ProbePhase Phase => ProbePhase.Passive;

    public Task<CheckOutcome> CheckAsync(ProbeCheckContext probe, CancellationToken cancellation)
    {
        if (probe.Session.Page is not { } page) return Task.FromResult(CheckOutcome.Manual("the page could not be fetched"));
        var value = page.Final.Headers.Combined("X-XSS-Protection");
        if (value is null || value.Trim() == "0")
            return Task.FromResult(CheckOutcome.Pass(value is null ? "X-XSS-Protection not sent" : "X-XSS-Protection: 0"));

        probe.Report($"X-XSS-Protection: {value} switches on a filter browsers removed; send 0 or omit it",
            $"GET {page.Final.Url.PathAndQuery} → X-XSS-Protection: {value}",
            ExchangeEvidence.Of(page.Final, ["X-XSS-Protection"]));
        return Task.FromResult(CheckOutcome.Fail());
    }
}
