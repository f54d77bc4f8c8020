using Shipshape.Model;
using Shipshape.Probe.Evidence;
using Shipshape.Rules;

namespace Shipshape.Probe.Checks.Transport;

/// <summary>HDR110: the page sends a Permissions-Policy restricting powerful browser features.</summary>
public sealed class Hdr110PermissionsPolicy : IProbeCheck
{
    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Hdr110,
        Name: "permissions-policy-missing",
        Category: Categories.Transport,
        Severity: Severity.Info,
        Confidence: Confidence.High,
        Kind: RuleKind.Dynamic,
        Summary: "Fetches the app's page and checks that it sends a `Permissions-Policy` header. Informational: "
            + "it does not weigh in the score (the HTTP Observatory does not grade it either).",
        Why: "Without it, any script running in the page (or a page that frames it) may ask for the camera, "
            + "microphone, geolocation or payment features; a policy switches off what the app does not use, "
            + "which limits what an injected script can do.",
        Fix: "Send the features the app does not use as disabled, e.g. `Permissions-Policy: camera=(), "
            + "microphone=(), geolocation=()` — Flask-Talisman's `permissions_policy`, django-permissions-policy, "
            + "or the proxy.",
        Examples:
        [
            new RuleExample("response headers", "http",
                Failing: "HTTP/1.1 200 OK\nContent-Type: text/html",
                Passing: "HTTP/1.1 200 OK\nContent-Type: text/html\nPermissions-Policy: camera=(), microphone=(), geolocation=()"),
        ],
        References:
        [
            RuleReference.Cwe(693, "Protection Mechanism Failure"),
            new RuleReference("MDN: Permissions-Policy", "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Headers/Permissions-Policy"),
        ])
    {
        Requirement = "A Permissions-Policy disables unused browser features",
    };

    public ProbePhase Phase => ProbePhase.Passive;

    public Task<CheckOutcome> CheckAsync(ProbeCheckContext probe, CancellationToken cancellation)
    {
        if (probe.Session.Page is not { } page) return Task.FromResult(CheckOutcome.Manual("the page could not be fetched"));
        if (page.Final.Headers.Combined("Permissions-Policy") is { Length: > 0 } policy)
            return Task.FromResult(CheckOutcome.Pass($"Permissions-Policy: {policy}"));
        probe.Report("no Permissions-Policy is sent: every browser feature stays available to scripts in the page",
            $"GET {page.Final.Url.PathAndQuery} → Permissions-Policy: (not sent)",
            ExchangeEvidence.Of(page.Final, ["Permissions-Policy"]));
        return Task.FromResult(CheckOutcome.Fail());
    }
}
