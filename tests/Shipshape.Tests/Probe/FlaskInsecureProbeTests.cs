using Shipshape.Model;
using Shipshape.Tests.Probe.Servers;

namespace Shipshape.Tests.Probe;

/// <summary>The Flask app as the seed audits found it, probed for real.</summary>
public sealed class FlaskInsecureProbeTests(FlaskInsecureServer app) : IClassFixture<FlaskInsecureServer>
{
    [Fact]
    public void Werkzeug_debugger_is_found_without_a_crashing_route()
    {
        app.AssertStatus(CheckStatus.Fail, RuleIds.Dbg101);
        var console = Assert.Single(app.Findings(RuleIds.Dbg101), f => f.Snippet.StartsWith("GET /console → 200"));
        Assert.Single(app.Findings(RuleIds.Dbg101), f => f.Snippet.StartsWith("GET /?__debugger__=yes&cmd=resource&f=debugger.js → 200"));
        var evidence = console.Evidence.OfType<HttpEvidence>().Single();
        Assert.Contains("Werkzeug Debugger", evidence.BodyExcerpt);
        Assert.True(evidence.BodyExcerpt!.Length <= HttpEvidence.MaxBodyExcerpt);
    }

    [Fact]
    public void Development_server_version_is_disclosed()
    {
        app.AssertStatus(CheckStatus.Fail, RuleIds.Dbg102);
        Assert.Contains(app.Findings(RuleIds.Dbg102), f => f.Message.Contains("Werkzeug/"));
    }

    [Fact]
    public void Cors_echoes_a_foreign_origin_with_credentials()
    {
        app.AssertStatus(CheckStatus.Fail, RuleIds.Cors101);
        var evidence = app.Findings(RuleIds.Cors101).SelectMany(f => f.Evidence).OfType<HttpEvidence>().ToList();
        Assert.Contains(evidence, e => e.Method == "OPTIONS" && e.RequestHeaders.Any(h => h.Name == "Origin"));
        Assert.Contains(evidence, e => e.ResponseHeaders.Any(h => h is { Name: "Access-Control-Allow-Credentials", Value: "true" }));
    }

    [Fact]
    public void Cookies_without_flags_are_reported_with_masked_values()
    {
        app.AssertStatus(CheckStatus.Fail, RuleIds.Auth101);
        var findings = app.Findings(RuleIds.Auth101);
        Assert.Contains(findings, f => f.Message == "cookie tracking is set without Secure, HttpOnly, SameSite");
        Assert.Contains(findings, f => f.Message == "cookie session is set without Secure, HttpOnly, SameSite");
        Assert.All(findings.SelectMany(f => f.Evidence).OfType<HttpEvidence>().SelectMany(e => e.ResponseHeaders),
            h => Assert.Matches("^[a-z]+=…", h.Value));
    }

    [Fact]
    public void Missing_security_headers_fail_and_the_grade_is_computed()
    {
        app.AssertStatus(CheckStatus.Fail, RuleIds.Hdr101, RuleIds.Hdr103, RuleIds.Hdr104, RuleIds.Hdr109, RuleIds.Hdr110);
        app.AssertStatus(CheckStatus.NotApplicable, RuleIds.Hdr102, RuleIds.Hdr111);
        Assert.NotNull(app.Outcome.Summary.Observatory);
        Assert.Equal("F", app.Outcome.Summary.Observatory!.Grade);
    }

    [Fact]
    public void Login_form_without_token_is_accepted()
    {
        app.AssertStatus(CheckStatus.Fail, RuleIds.Csrf101);
    }

    [Fact]
    public void Thirty_failed_logins_meet_no_429()
    {
        app.AssertStatus(CheckStatus.Fail, RuleIds.Rate101);
        Assert.Contains(app.Findings(RuleIds.Rate101), f => f.Message.StartsWith("30 failed logins"));
    }

    [Fact]
    public void Default_admin_password_is_accepted()
    {
        app.AssertStatus(CheckStatus.Fail, RuleIds.Auth102);
        Assert.Contains(app.Findings(RuleIds.Auth102), f => f.Message.Contains("admin/admin"));
    }

    [Fact]
    public void Health_endpoint_answers_but_says_nothing()
    {
        app.AssertStatus(CheckStatus.Fail, RuleIds.Obs101);
        Assert.Contains(app.Findings(RuleIds.Obs101), f => f.Message.Contains("does not say what it checked"));
    }

    [Fact]
    public void The_probe_stays_within_its_request_budget()
    {
        Assert.InRange(app.Outcome.Summary.Requests, 1, Shipshape.Probe.ProbeOptions.DefaultMaxRequests);
    }
}
