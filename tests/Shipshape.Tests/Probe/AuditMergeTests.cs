using Shipshape.Model;
using Shipshape.Probe;
using Shipshape.Probe.Audit;
using Shipshape.Rules;
using Shipshape.Scanning;
using Shipshape.Tests.Probe.Servers;

namespace Shipshape.Tests.Probe;

/// <summary>`audit PATH --url URL`: a real static scan and a real probe of the same app, merged.</summary>
public sealed class AuditMergeTests
{
    [Fact]
    public async Task Talisman_in_the_code_without_a_served_csp_is_reported_as_a_disagreement()
    {
        var project = Path.Combine(LocalServer.AppsFolder, "talisman-without-csp");
        await using var server = await LocalServer.StartPythonAsync("talisman-without-csp/app.py", "{port}");

        var scan = Scanner.Scan(ScanRequest.For(project));
        var hints = StaticProbeHints.FromFacts(scan.Facts);
        var probe = await ProbeRunner.RunAsync(new ProbeOptions(server.Url), hints, ProbeRunner.AllChecks(RuleRegistry.Default));
        var report = AuditMerger.Merge(scan.Report, probe, hints);

        Assert.Contains(hints.Protections, p => p.RuleId == RuleIds.Hdr101 && p.Source.StartsWith("Flask-Talisman (security headers) found at app.py:"));
        var warning = Assert.Single(report.Diagnostics, d => d.RuleId == RuleIds.Hdr101);
        Assert.Equal(DiagnosticKind.Warning, warning.Kind);
        Assert.Contains("but on the running app HDR101 failed: no Content-Security-Policy is served", warning.Message);
        // Talisman's other headers are served, so they raise no disagreement.
        Assert.DoesNotContain(report.Diagnostics, d => d.RuleId is RuleIds.Hdr103 or RuleIds.Hdr104);

        Assert.Equal(project, report.Target.Path);
        Assert.Equal(server.Url.AbsoluteUri, report.Target.Url);
        Assert.Equal(probe.Summary, report.Probe);
        Assert.Contains(report.Checks, c => c.RuleId == RuleIds.Hdr101);
        Assert.Contains(report.Checks, c => c.RuleId == RuleIds.Qa001); // a static check, scored in the same report
        Assert.Equal(report.Rules.Select(r => r.Id).Distinct().Count(), report.Rules.Count);
    }
}
