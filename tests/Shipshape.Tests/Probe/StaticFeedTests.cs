using Shipshape.Model;
using Shipshape.Probe;
using Shipshape.Probe.Audit;
using Shipshape.Rules;
using Shipshape.Scanning;
using Shipshape.Tests.Probe.Servers;

namespace Shipshape.Tests.Probe;

/// <summary>
/// The static route inventory feeds the probe: an app whose login (/auth/v2/sign-in, a blueprint
/// mounted with a prefix) and health route (/status/live) no common-path guess reaches, scanned and
/// probed for real, then probed again without the scan.
/// </summary>
public sealed class StaticFeedTests
{
    private const string App = "hidden-routes";

    [Fact]
    public void Hints_carry_the_full_paths_of_login_form_and_health_routes_with_their_declarations()
    {
        var hints = StaticProbeHints.FromFacts(Scanner.Scan(ScanRequest.For(Path.Combine(LocalServer.AppsFolder, App))).Facts);

        Assert.Equal(["/auth/v2/sign-in"], hints.LoginPaths);
        Assert.Empty(hints.FormPaths); // the only page that posts to itself is the login
        Assert.Equal(["/status/live"], hints.HealthPaths);
        Assert.Null(hints.ApiPrefix);
        Assert.Equal("GET,POST /auth/v2/sign-in → sign_in at auth.py:14:1", hints.Sources["/auth/v2/sign-in"]);
        Assert.Equal("GET /status/live → live at app.py:24:1", hints.Sources["/status/live"]);
    }

    [Fact]
    public async Task Audit_reaches_the_hidden_login_and_health_route_that_a_plain_probe_misses()
    {
        await using var server = await LocalServer.StartPythonAsync($"{App}/app.py", "{port}");
        var options = new ProbeOptions(server.Url, Active: true);
        var scan = Scanner.Scan(ScanRequest.For(Path.Combine(LocalServer.AppsFolder, App)));
        var hints = StaticProbeHints.FromFacts(scan.Facts);

        var fed = await ProbeRunner.RunAsync(options, hints, ProbeRunner.AllChecks(RuleRegistry.Default));
        var report = AuditMerger.Merge(scan.Report, fed, hints);

        Assert.Equal(CheckStatus.Fail, Status(report.Checks, RuleIds.Rate101));
        Assert.Equal(CheckStatus.Fail, Status(report.Checks, RuleIds.Csrf101));
        Assert.Equal(CheckStatus.Pass, Status(report.Checks, RuleIds.Obs101));
        var rate = Assert.Single(report.Findings, f => f.RuleId == RuleIds.Rate101);
        Assert.Contains(rate.Evidence.OfType<NoteEvidence>(),
            n => n.Text == "/auth/v2/sign-in from the static scan: GET,POST /auth/v2/sign-in → sign_in at auth.py:14:1");
        Assert.Contains(report.Findings, f => f.RuleId == RuleIds.Csrf101 && f.Evidence.OfType<NoteEvidence>().Any(n => n.Text.Contains("auth.py:14:1")));
        Assert.Contains("/status/live from the static scan: GET /status/live → live at app.py:24:1",
            report.Checks.Single(c => c.RuleId == RuleIds.Obs101).Reason);
        Assert.True(fed.Summary.Requests <= options.MaxRequests);

        var plain = await ProbeRunner.RunAsync(options, ProbeHints.None, ProbeRunner.AllChecks(RuleRegistry.Default));

        var unreached = plain.Checks.Single(c => c.RuleId == RuleIds.Rate101);
        Assert.Equal(CheckStatus.NotApplicable, unreached.Status);
        Assert.StartsWith("no login endpoint found", unreached.Reason);
        Assert.Equal(CheckStatus.Fail, Status(plain.Checks, RuleIds.Obs101));
        Assert.DoesNotContain(plain.Findings, f => f.Snippet.Contains("/status/live") || f.Snippet.Contains("/auth/v2/sign-in"));
    }

    [Theory]
    [InlineData("/api/v1/users", "/api/v1/items", "/api/v1")]
    [InlineData("/api/v1/users", "/api/v2/items", "/api")]
    [InlineData("/api/v1/users", "/health", "/api/v1")]
    [InlineData("/users", "/items", null)]
    public void Api_prefix_is_what_the_api_routes_share_short_of_a_whole_route(string first, string second, string? expected) =>
        Assert.Equal(expected, StaticRouteHints.ApiPrefixOf([first, second]));

    [Theory]
    [InlineData("/items/<int:id>", null)]
    [InlineData("/items/{item_id}", null)]
    [InlineData("^accounts/login/$", "/accounts/login/")]
    [InlineData("accounts/(?P<pk>[0-9]+)/$", null)]
    [InlineData("login/", "/login/")]
    public void Routes_with_parameters_or_patterns_are_not_probed(string path, string? expected) =>
        Assert.Equal(expected, StaticRouteHints.Probeable(path));

    private static CheckStatus Status(IEnumerable<CheckResult> checks, string ruleId) => checks.Single(c => c.RuleId == ruleId).Status;
}
