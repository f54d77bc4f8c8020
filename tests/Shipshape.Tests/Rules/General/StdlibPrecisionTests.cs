using Shipshape.Model;
using Shipshape.Tests.Support;

namespace Shipshape.Tests.Rules.General;

/// <summary>
/// Rules about web applications must not fire on library code: a sample of standard-library modules
/// (HTTP and XML-RPC servers, WSGI, SQL dumps, logging configuration, caches) has no web framework.
/// </summary>
public sealed class StdlibPrecisionTests
{
    private static readonly string[] WebRules =
    [
        RuleIds.Inp001, RuleIds.Inp002, RuleIds.Obs001, RuleIds.Obs002, RuleIds.Obs003, RuleIds.Obs004, RuleIds.Obs005,
        RuleIds.Data001, RuleIds.Data002, RuleIds.Data004, RuleIds.Data005, RuleIds.Data006,
        RuleIds.Leg001, RuleIds.Leg002, RuleIds.Leg003,
    ];

    [Fact]
    public void Web_application_rules_report_nothing_on_standard_library_modules()
    {
        var report = Scans.Run(TestPaths.Fixture("stdlib-sample"));

        Assert.Empty(report.Findings.Where(f => WebRules.Contains(f.RuleId)).Select(f => $"{f.RuleId} {f.Location}"));
        // DATA001 also reads env and compose files, so it is decided (passed) rather than not applicable.
        Assert.All(WebRules.Where(id => id != RuleIds.Data001), id => Assert.Equal(CheckStatus.NotApplicable, report.Check(id).Status));
    }

    [Fact]
    public void The_sample_is_library_code_the_general_rules_do_read()
    {
        var report = Scans.Run(TestPaths.Fixture("stdlib-sample"));

        // The same modules do get general findings (a bare except in http/server.py), so the silence above is not a blind scan.
        Assert.Contains(report.Findings, f => f.RuleId == RuleIds.Err001 && f.Location!.Path == "http/server.py");
        Assert.Empty(report.Frameworks);
    }
}
