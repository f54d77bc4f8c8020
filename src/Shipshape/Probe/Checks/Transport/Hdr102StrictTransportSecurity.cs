using Shipshape.Model;
using Shipshape.Probe.Observatory;

namespace Shipshape.Probe.Checks.Transport;

/// <summary>HDR102: the https page carries Strict-Transport-Security with a max-age of at least six months.</summary>
public sealed class Hdr102StrictTransportSecurity : ObservatoryHeaderCheck
{
    public override RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Hdr102,
        Name: "strict-transport-security-served",
        Category: Categories.Transport,
        Severity: Severity.Medium,
        Confidence: Confidence.High,
        Kind: RuleKind.Dynamic,
        Summary: "Fetches the app's page over https and grades its Strict-Transport-Security header with the HTTP "
            + "Observatory's test: it fails when the header is missing, malformed or sent twice, when max-age is "
            + "under six months (15552000 s), or when the certificate does not verify. Not applicable when the "
            + "origin serves no https at all (HDR111 and the static HDR003 cover that).",
        Why: "Without HSTS a user who types the address or follows an http link makes a first plain-http request "
            + "that an attacker on the network can intercept and downgrade (SSL stripping), taking the session "
            + "cookie with it. A short max-age lets the protection lapse between visits.",
        Fix: "Send `Strict-Transport-Security: max-age=31536000; includeSubDomains` on https responses: "
            + "Flask-Talisman does by default (`strict_transport_security_max_age`), Django with "
            + "`SECURE_HSTS_SECONDS = 31536000` and `SECURE_HSTS_INCLUDE_SUBDOMAINS = True`, or the TLS proxy in front.",
        Examples:
        [
            new RuleExample("https response headers", "http",
                Failing: "HTTP/1.1 200 OK\nStrict-Transport-Security: max-age=300",
                Passing: "HTTP/1.1 200 OK\nStrict-Transport-Security: max-age=31536000; includeSubDomains"),
        ],
        References:
        [
            RuleReference.Asvs("14.4.5", "A Strict-Transport-Security header is included on all responses"),
            RuleReference.Cwe(319, "Cleartext Transmission of Sensitive Information"),
            new RuleReference("MDN: Strict-Transport-Security",
                "https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Headers/Strict-Transport-Security"),
        ])
    {
        Requirement = "HTTPS responses carry Strict-Transport-Security for at least six months",
    };

    protected override string ObservatoryTest => StrictTransportSecurityTest.Name;
    protected override IReadOnlyList<string> Headers => ["Strict-Transport-Security"];

    protected override string? NotApplicableBecause(ProbeSession session) =>
        session.ObservatoryInput.Https is null ? $"https is not served at {session.Scope.Target.Host}, so no response can carry HSTS" : null;

    protected override string Explain(ObservatoryTestResult result) => result.Result switch
    {
        "hsts-not-implemented" => "the https page sends no Strict-Transport-Security header",
        "hsts-header-invalid" => "the Strict-Transport-Security header is malformed (no max-age, or sent twice)",
        "hsts-implemented-max-age-less-than-six-months" => "Strict-Transport-Security max-age is under six months (15552000 s)",
        "hsts-invalid-cert" => "the https certificate does not verify, so browsers ignore Strict-Transport-Security",
        _ => "Strict-Transport-Security is not in force",
    };
}
