using Shipshape.Model;
using Shipshape.Tests.Probe.Servers;

namespace Shipshape.Tests.Probe;

/// <summary>The same Flask app hardened (Flask-WTF, Flask-Limiter, Flask-Talisman, gunicorn), probed for real.</summary>
public sealed class FlaskHardenedProbeTests(FlaskHardenedServer app) : IClassFixture<FlaskHardenedServer>
{
    [Fact]
    public void No_debugger_no_version_no_cors_echo()
    {
        app.AssertStatus(CheckStatus.Pass, RuleIds.Dbg101, RuleIds.Dbg102, RuleIds.Cors101);
        Assert.Empty(app.Findings(RuleIds.Dbg101));
    }

    [Fact]
    public void Talisman_headers_pass()
    {
        app.AssertStatus(CheckStatus.Pass, RuleIds.Hdr101, RuleIds.Hdr103, RuleIds.Hdr104, RuleIds.Hdr105, RuleIds.Hdr109);
    }

    [Fact]
    public void Talismans_deprecated_xss_filter_header_is_reported()
    {
        app.AssertStatus(CheckStatus.Fail, RuleIds.Hdr108);
        Assert.Contains(app.Findings(RuleIds.Hdr108), f => f.Snippet.EndsWith("X-XSS-Protection: 1; mode=block"));
    }

    [Fact]
    public void Session_cookie_set_by_the_login_form_has_every_flag()
    {
        app.AssertStatus(CheckStatus.Pass, RuleIds.Auth101);
        Assert.Contains("session", app.Check(RuleIds.Auth101).Reason);
    }

    [Fact]
    public void Post_without_csrf_token_is_rejected_and_with_it_is_not()
    {
        app.AssertStatus(CheckStatus.Pass, RuleIds.Csrf101);
        Assert.Contains("without csrf_token → 400", app.Check(RuleIds.Csrf101).Reason);
    }

    [Fact]
    public void Login_burst_carrying_the_csrf_token_meets_429()
    {
        app.AssertStatus(CheckStatus.Pass, RuleIds.Rate101);
        Assert.Contains("429 after", app.Check(RuleIds.Rate101).Reason);
        // Every POST of the burst carried the form's token and cookie, so the limiter (not CSRF) answered.
        var burst = app.Outcome.Findings.Count(f => f.RuleId == RuleIds.Rate101);
        Assert.Equal(0, burst);
    }

    [Fact]
    public void Health_endpoint_says_it_checked_the_database()
    {
        app.AssertStatus(CheckStatus.Pass, RuleIds.Obs101);
        Assert.Contains("database", app.Check(RuleIds.Obs101).Reason);
    }

    [Fact]
    public void Default_credentials_are_not_accepted()
    {
        Assert.Empty(app.Findings(RuleIds.Auth102));
        Assert.NotEqual(CheckStatus.Fail, app.Check(RuleIds.Auth102).Status);
    }
}
