using Shipshape.Model;
using Shipshape.Tests.Probe.Servers;

namespace Shipshape.Tests.Probe;

/// <summary>Django with DEBUG = True under runserver, probed for real.</summary>
public sealed class DjangoDebugProbeTests(DjangoDebugServer app) : IClassFixture<DjangoDebugServer>
{
    [Fact]
    public void Technical_404_page_is_found()
    {
        app.AssertStatus(CheckStatus.Fail, RuleIds.Dbg101);
        var finding = Assert.Single(app.Findings(RuleIds.Dbg101));
        Assert.Contains("Django technical 404", finding.Message);
        Assert.Contains("→ 404", finding.Snippet);
    }

    [Fact]
    public void Runserver_version_is_disclosed()
    {
        app.AssertStatus(CheckStatus.Fail, RuleIds.Dbg102);
        Assert.Contains(app.Findings(RuleIds.Dbg102), f => f.Message.Contains("WSGIServer/"));
    }

    [Fact]
    public void Csrf_middleware_rejects_the_form_without_its_token()
    {
        app.AssertStatus(CheckStatus.Pass, RuleIds.Csrf101);
        Assert.Contains("without csrfmiddlewaretoken → 403", app.Check(RuleIds.Csrf101).Reason);
    }

    [Fact]
    public void No_rate_limit_on_login()
    {
        app.AssertStatus(CheckStatus.Fail, RuleIds.Rate101);
    }
}

/// <summary>Django with deploy settings under gunicorn, probed for real.</summary>
public sealed class DjangoDeployProbeTests(DjangoDeployServer app) : IClassFixture<DjangoDeployServer>
{
    [Fact]
    public void No_debug_page_and_no_version()
    {
        app.AssertStatus(CheckStatus.Pass, RuleIds.Dbg101, RuleIds.Dbg102);
    }

    [Fact]
    public void Security_middleware_headers_pass_but_there_is_no_csp()
    {
        app.AssertStatus(CheckStatus.Pass, RuleIds.Hdr103, RuleIds.Hdr104, RuleIds.Hdr105);
        app.AssertStatus(CheckStatus.Fail, RuleIds.Hdr101);
    }

    [Fact]
    public void Csrf_cookie_is_secure_httponly_and_samesite()
    {
        app.AssertStatus(CheckStatus.Pass, RuleIds.Auth101, RuleIds.Csrf101);
    }

    [Fact]
    public void Health_endpoint_names_its_checks()
    {
        app.AssertStatus(CheckStatus.Pass, RuleIds.Obs101);
    }
}
