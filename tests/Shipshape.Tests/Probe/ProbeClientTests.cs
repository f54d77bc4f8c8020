using System.Net;
using System.Net.Sockets;
using Shipshape.Model;
using Shipshape.Probe;
using Shipshape.Probe.Http;
using Shipshape.Rules;
using Shipshape.Tests.Probe.Servers;

namespace Shipshape.Tests.Probe;

/// <summary>The probe's safety limits, against a real server: origin, methods, budget, redirects, unreachable targets.</summary>
public sealed class ProbeClientTests
{
    private static Task<LocalServer> StartAsync(string configuration) =>
        LocalServer.StartPythonAsync("header_server.py", "{port}", $"observatory/{configuration}.json");

    [Fact]
    public async Task Other_origins_and_unsafe_methods_are_refused_without_sending()
    {
        await using var server = await StartAsync("no-headers");
        using var client = new ProbeClient(new ProbeScope(server.Url, Active: false));

        var elsewhere = await client.SendAsync(ProbeRequest.Get(new Uri("http://example.com/")));
        var post = await client.SendAsync(new ProbeRequest(HttpMethod.Post, server.Url, HeaderList.Empty, [new("a", "b")]));
        var get = await client.SendAsync(ProbeRequest.Get(server.Url));

        Assert.Equal(ProbeFailure.NotAllowed, elsewhere.Failure);
        Assert.Equal(ProbeFailure.NotAllowed, post.Failure);
        Assert.Equal(200, get.Response?.Status);
        Assert.Equal(1, client.RequestsSent);
    }

    [Fact]
    public async Task The_budget_stops_requests_and_is_never_exceeded()
    {
        await using var server = await StartAsync("no-headers");
        using var client = new ProbeClient(new ProbeScope(server.Url, Active: false), maxRequests: 3);

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.SendAsync(ProbeRequest.Get(server.Url))));

        Assert.Equal(3, answers.Count(a => a.Answered));
        Assert.Equal(5, answers.Count(a => a.Failure == ProbeFailure.BudgetExhausted));
        Assert.Equal(3, client.RequestsSent);
    }

    [Fact]
    public async Task Redirects_are_followed_by_hand_carrying_cookies()
    {
        await using var server = await StartAsync("redirect-and-report-only");
        using var client = new ProbeClient(new ProbeScope(server.Url, Active: false));

        var chain = await client.FollowAsync(ProbeRequest.Get(server.Url), new CookieJar());

        Assert.Equal([302, 200], chain.Hops.Select(h => h.Response!.Status));
        Assert.Equal("login_state=1", chain.Hops[1].Request.Headers.Combined("Cookie"));
        Assert.Null(chain.LeftScopeTo);
    }

    [Fact]
    public async Task A_refused_connection_is_one_input_error_within_the_timeout()
    {
        var port = ClosedPort();
        var options = new ProbeOptions(new Uri($"http://127.0.0.1:{port}/"), Timeout: TimeSpan.FromSeconds(2));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<InputException>(() =>
            ProbeRunner.RunAsync(options, ProbeHints.None, ProbeRunner.AllChecks(RuleRegistry.Default)));

        Assert.StartsWith($"cannot probe http://127.0.0.1:{port}/: ", error.Message);
        Assert.DoesNotContain('\n', error.Message);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task A_server_that_never_answers_times_out_as_one_input_error()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0); // accepts connections, never answers
        silent.Start();
        var port = ((IPEndPoint)silent.LocalEndpoint).Port;
        var options = new ProbeOptions(new Uri($"http://127.0.0.1:{port}/"), Timeout: TimeSpan.FromSeconds(1));

        var error = await Assert.ThrowsAsync<InputException>(() =>
            ProbeRunner.RunAsync(options, ProbeHints.None, ProbeRunner.AllChecks(RuleRegistry.Default)));

        Assert.Contains("no answer within 1 s", error.Message);
    }

    [Fact]
    public async Task Without_active_no_post_is_sent_and_post_checks_are_manual()
    {
        await using var server = await LocalServer.StartPythonAsync("flask_insecure.py", "{port}");
        var outcome = await ProbeRunner.RunAsync(new ProbeOptions(server.Url), ProbeHints.None, ProbeRunner.AllChecks(RuleRegistry.Default));

        foreach (var id in new[] { RuleIds.Csrf101, RuleIds.Rate101, RuleIds.Auth102 })
            Assert.Equal(CheckStatus.Manual, outcome.Checks.Single(c => c.RuleId == id).Status);
        Assert.DoesNotContain("\"POST /", server.Output);
        Assert.DoesNotContain("POST", server.Output);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port; // closed again when disposed
    }
}
