using Shipshape.Model;
using Shipshape.Probe;
using Shipshape.Rules;
using Shipshape.Tests.Probe.Servers;

namespace Shipshape.Tests.Probe;

/// <summary>The header checks on real servers sending the configurations of Fixtures/servers/observatory/.</summary>
public sealed class HeaderChecksTests
{
    private static async Task<ProbeOutcome> ProbeAsync(string configuration)
    {
        await using var server = await LocalServer.StartPythonAsync("header_server.py", "{port}", $"observatory/{configuration}.json");
        return await ProbeRunner.RunAsync(new ProbeOptions(server.Url), ProbeHints.None, ProbeRunner.AllChecks(RuleRegistry.Default));
    }

    private static CheckStatus Status(ProbeOutcome outcome, string ruleId) => outcome.Checks.Single(c => c.RuleId == ruleId).Status;

    [Fact]
    public async Task Full_hardening_passes_every_header_check()
    {
        var outcome = await ProbeAsync("full-hardening");

        foreach (var id in new[] { RuleIds.Hdr101, RuleIds.Hdr103, RuleIds.Hdr104, RuleIds.Hdr105, RuleIds.Hdr106, RuleIds.Hdr107, RuleIds.Hdr108, RuleIds.Hdr110, RuleIds.Auth101 })
            Assert.True(Status(outcome, id) == CheckStatus.Pass, $"{id}: {outcome.Checks.Single(c => c.RuleId == id).Reason}");
        Assert.Equal(new ObservatoryGrade("C+", 60), outcome.Summary.Observatory);
        Assert.Equal(CheckStatus.NotApplicable, Status(outcome, RuleIds.Hdr109)); // no login page
    }

    [Fact]
    public async Task Malformed_headers_fail_with_the_observatory_result_names()
    {
        var outcome = await ProbeAsync("malformed-headers");

        foreach (var id in new[] { RuleIds.Hdr101, RuleIds.Hdr103, RuleIds.Hdr104, RuleIds.Hdr105, RuleIds.Hdr106 })
            Assert.Equal(CheckStatus.Fail, Status(outcome, id));
        Assert.Contains(outcome.Findings, f => f.RuleId == RuleIds.Hdr101 && f.Message.Contains("csp-header-invalid"));
        Assert.Contains(outcome.Findings, f => f.RuleId == RuleIds.Hdr106 && f.Message.Contains("everyone"));
        var evidence = outcome.Findings.Single(f => f.RuleId == RuleIds.Hdr104).Evidence.OfType<HttpEvidence>().Single();
        Assert.Contains(new HttpHeader("X-Frame-Options", "ALLOWALL"), evidence.ResponseHeaders);
    }

    [Fact]
    public async Task Foreign_script_over_http_fails_subresource_integrity()
    {
        var outcome = await ProbeAsync("sri-foreign-script-over-http-meta-policies");

        Assert.Equal(CheckStatus.Fail, Status(outcome, RuleIds.Hdr107));
        Assert.Contains(outcome.Findings, f => f.RuleId == RuleIds.Hdr107 && f.Message.Contains("http://cdn.example.com/lib.js"));
        Assert.Equal(CheckStatus.Fail, Status(outcome, RuleIds.Hdr105)); // <meta name="referrer" content="unsafe-url">
    }

    [Fact]
    public async Task Frame_ancestors_alone_is_frame_protection()
    {
        var outcome = await ProbeAsync("hsts-short-frame-ancestors-only");

        Assert.Equal(CheckStatus.Pass, Status(outcome, RuleIds.Hdr104));
        Assert.Equal(CheckStatus.NotApplicable, Status(outcome, RuleIds.Hdr102)); // HSTS over plain http means nothing
    }

    [Fact]
    public async Task A_configured_severity_applies_to_the_check_and_its_findings()
    {
        await using var server = await LocalServer.StartPythonAsync("header_server.py", "{port}", "observatory/no-headers.json");
        var outcome = await ProbeRunner.RunAsync(new ProbeOptions(server.Url), ProbeHints.None, ProbeRunner.AllChecks(RuleRegistry.Default),
            severityOf: rule => rule.Id == RuleIds.Hdr101 ? Severity.Low : rule.Severity);

        Assert.Equal(Severity.Low, outcome.Checks.Single(c => c.RuleId == RuleIds.Hdr101).Severity);
        Assert.All(outcome.Findings.Where(f => f.RuleId == RuleIds.Hdr101), f => Assert.Equal(Severity.Low, f.Severity));
        Assert.Equal(Severity.Medium, outcome.Checks.Single(c => c.RuleId == RuleIds.Hdr104).Severity);
        Assert.Equal(CheckStatus.Fail, Status(outcome, RuleIds.Hdr110));
    }
}
