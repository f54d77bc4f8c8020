using Shipshape.Claims;
using Shipshape.Facts;
using Shipshape.Model;
using Shipshape.Probe;
using Shipshape.Tests.Probe.Servers;
using Shipshape.Tests.Support;

namespace Shipshape.Tests.Claims;

/// <summary>Runtime claims decided by the dynamic checks of a real probe (the insecure Flask test server).</summary>
public sealed class ProbedClaimsTests(FlaskInsecureServer app) : IClassFixture<FlaskInsecureServer>
{
    private static readonly string Markdown = File.ReadAllText(TestPaths.Fixture("claims", "runtime-claims.md"));

    [Fact]
    public void The_running_app_contradicts_its_header_session_and_debug_claims()
    {
        var report = ProbeReportBuilder.Build(app.Outcome);
        var result = ClaimsVerification.Run(Markdown, report, ProjectFacts.Empty, probed: true);

        Assert.Equal(4, result.Claims.Count);
        Assert.All(result.Claims.Where(c => c.SourceLine != 11), c => Assert.Equal(ClaimVerdict.Contradicted, c.Verdict));
        var debug = result.Claims.Single(c => c.SourceLine == 9);
        Assert.Contains(debug.Evidence, e => e.StartsWith("DBG101 fails", StringComparison.Ordinal));
        // Capacity needs load, which the probe never sends: the reason names the command that measures it.
        var capacity = result.Claims.Single(c => c.SourceLine == 11);
        Assert.Equal(ClaimVerdict.Unverifiable, capacity.Verdict);
        Assert.Equal(["runtime: measured under load by `shipshape load URL`; verify's probe sends no load"], capacity.Evidence);
    }

    [Fact]
    public void Without_the_probe_the_same_claims_ask_for_a_url()
    {
        // The same report with no checks in it: what a scan without --url has for these rules (none are static).
        var unprobed = ProbeReportBuilder.Build(app.Outcome) with { Categories = [] };
        var result = ClaimsVerification.Run(Markdown, unprobed, ProjectFacts.Empty, probed: false);

        Assert.All(result.Claims, c => Assert.Equal(ClaimVerdict.Unverifiable, c.Verdict));
        Assert.StartsWith("runtime: give --url", result.Claims.Single(c => c.SourceLine == 5).Evidence[0]);
    }
}
