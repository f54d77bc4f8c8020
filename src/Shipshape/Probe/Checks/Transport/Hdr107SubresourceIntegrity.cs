using Shipshape.Model;
using Shipshape.Probe.Observatory;

namespace Shipshape.Probe.Checks.Transport;

/// <summary>HDR107: scripts from other sites are loaded over https with an integrity hash.</summary>
public sealed class Hdr107SubresourceIntegrity : ObservatoryHeaderCheck
{
    public override RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Hdr107,
        Name: "subresource-integrity",
        Category: Categories.Transport,
        Severity: Severity.Medium,
        Confidence: Confidence.High,
        Kind: RuleKind.Dynamic,
        Summary: "Reads the `<script>` elements of the app's page (the HTTP Observatory's subresource-integrity "
            + "test): scripts from another site must load over https and carry an `integrity` hash.",
        Why: "A script from a CDN runs with the app's full privileges: if the CDN is compromised, or the script "
            + "comes over plain http, whoever controls it controls every user's session. An integrity hash makes "
            + "the browser refuse a changed file.",
        Fix: "Load third-party scripts over https with `integrity=\"sha384-…\" crossorigin=\"anonymous\"` (the "
            + "CDN publishes the hash), or serve them from the app's own static files.",
        Examples:
        [
            new RuleExample("page", "html",
                Failing: "<script src=\"http://cdn.example.com/jquery.min.js\"></script>",
                Passing: "<script src=\"https://cdn.example.com/jquery.min.js\"\n        integrity=\"sha384-…\" crossorigin=\"anonymous\"></script>"),
        ],
        References:
        [
            RuleReference.Asvs("14.2.3", "Third party assets are loaded with subresource integrity"),
            RuleReference.Cwe(353, "Missing Support for Integrity Check"),
            new RuleReference("MDN: Subresource Integrity", "https://developer.mozilla.org/en-US/docs/Web/Security/Subresource_Integrity"),
        ])
    {
        Requirement = "Third-party scripts load over https with integrity hashes",
    };

    protected override string ObservatoryTest => SubresourceIntegrityTest.Name;
    protected override IReadOnlyList<string> Headers => ["Content-Type"];

    protected override string Explain(ObservatoryTestResult result) => result.Result switch
    {
        "sri-not-implemented-and-external-scripts-not-loaded-securely" => $"scripts from other sites load over http without an integrity hash ({result.Data})",
        "sri-implemented-but-external-scripts-not-loaded-securely" => $"scripts from other sites load over http ({result.Data})",
        "sri-not-implemented-but-external-scripts-loaded-securely" => $"scripts from other sites have no integrity hash ({result.Data})",
        _ => "the page could not be read for scripts",
    };
}
