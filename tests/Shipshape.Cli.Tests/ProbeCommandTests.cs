using System.Net;
using System.Net.Sockets;
using Shipshape.Cli.Tests.Support;

namespace Shipshape.Cli.Tests;

/// <summary>`shipshape probe` and `audit` at the command line: usage errors and unreachable targets are exit 2 with one line.</summary>
public sealed class ProbeCommandTests
{
    [Fact]
    public void Refused_connection_is_exit_2_with_one_line_within_the_timeout()
    {
        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var run = CliRunner.RunProcess("probe", $"http://127.0.0.1:{port}", "--timeout", "2");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"error: cannot probe http://127.0.0.1:{port}/: ", Assert.Single(run.ErrorLines));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }

    [Theory]
    [InlineData("probe", "ftp://example.com", "error: not an http(s) URL: ftp://example.com")]
    [InlineData("probe", "http://127.0.0.1:1 --try-default-credentials", "error: --try-default-credentials needs --active")]
    [InlineData("probe", "http://127.0.0.1:1 --max-requests 0", "error: --max-requests must be at least 1 (got 0)")]
    [InlineData("probe", "http://127.0.0.1:1 --login-path login", "error: --login-path must start with / (got login)")]
    public void Bad_options_are_exit_2_with_one_line(string command, string arguments, string expected)
    {
        var run = CliRunner.Run([command, .. arguments.Split(' ')]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(expected, Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void Audit_needs_a_url()
    {
        var run = CliRunner.Run("audit", ".");

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrorLines);
    }
}
