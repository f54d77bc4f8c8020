using Shipshape.Model;
using Shipshape.Tests.Probe.Servers;

namespace Shipshape.Tests.Probe;

/// <summary>A FastAPI app under uvicorn, probed for real.</summary>
public sealed class FastApiProbeTests(FastApiServer app) : IClassFixture<FastApiServer>
{
    [Fact]
    public void Any_origin_with_credentials_fails()
    {
        app.AssertStatus(CheckStatus.Fail, RuleIds.Cors101);
    }

    [Fact]
    public void Status_only_health_answer_fails()
    {
        app.AssertStatus(CheckStatus.Fail, RuleIds.Obs101);
        var evidence = app.Findings(RuleIds.Obs101).SelectMany(f => f.Evidence).OfType<HttpEvidence>().First();
        Assert.Equal("{\"status\":\"ok\"}", evidence.BodyExcerpt);
    }

    [Fact]
    public void Json_token_endpoint_is_found_and_never_answers_429()
    {
        app.AssertStatus(CheckStatus.Fail, RuleIds.Rate101);
        var evidence = app.Findings(RuleIds.Rate101).SelectMany(f => f.Evidence).OfType<HttpEvidence>().First();
        Assert.EndsWith("/token", evidence.Url);
        Assert.Equal("POST", evidence.Method);
    }

    [Fact]
    public void Json_api_has_no_debugger_no_version_no_forms_no_cookies()
    {
        app.AssertStatus(CheckStatus.Pass, RuleIds.Dbg101, RuleIds.Dbg102);
        app.AssertStatus(CheckStatus.NotApplicable, RuleIds.Csrf101, RuleIds.Auth101);
    }
}
