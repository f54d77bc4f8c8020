using System.Security.Cryptography;
using System.Text.Json;
using Shipshape.Cli.Tests.Support;

namespace Shipshape.Cli.Tests;

public sealed class ScanCommandTests : IDisposable
{
    private static readonly string App = CliRunner.Fixture("bare-except-app");
    private readonly TempFolder _temp = new();

    [Fact]
    public void Exit_0_when_nothing_reaches_the_default_gate()
    {
        var run = CliRunner.Run("scan", App);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("READY WITH WARNINGS", run.Out);
        Assert.Contains("app.py:10:5", run.Out);
        Assert.Contains("fail-on high: 0 finding(s)", run.Out);
        Assert.DoesNotContain("\u001b[", run.Out); // redirected: plain text, no ANSI escapes
    }

    [Fact]
    public void Exit_1_when_a_finding_reaches_the_gate()
    {
        var run = CliRunner.Run("scan", App, "--fail-on", "medium");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("fail-on medium: 1 finding(s) at or above it → exit 1", run.Out);
    }

    [Fact]
    public void The_leoc_before_sample_is_not_ready_with_critical_findings()
    {
        var report = _temp.Path("leoc.json");

        var run = CliRunner.Run("scan", RepositoryPaths.Sample("leoc", "before"), "--format", "json", "-o", report);

        Assert.Equal(1, run.ExitCode);
        var root = JsonDocument.Parse(File.ReadAllText(report)).RootElement;
        Assert.Equal("shipshape/report@1", root.GetProperty("schema").GetString());
        Assert.Equal("not-ready", root.GetProperty("summary").GetProperty("verdict").GetString());
        Assert.True(root.GetProperty("summary").GetProperty("counts").GetProperty("critical").GetInt32() > 0);
        Assert.Contains(root.GetProperty("findings").EnumerateArray(),
            f => f.GetProperty("severity").GetString() == "critical" && f.GetProperty("location").GetProperty("path").GetString() == ".env");
    }

    [Fact]
    public void Missing_folder_is_exit_2_with_one_line()
    {
        var run = CliRunner.Run("scan", "/no/such/dir");

        Assert.Equal("error: no such directory: /no/such/dir", run.AssertUsageError());
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void An_unknown_option_is_not_mistaken_for_a_folder()
    {
        var run = CliRunner.Run("scan", "--bogus");

        Assert.Equal("error: unknown option --bogus (see `shipshape --help`)", run.AssertUsageError());
    }

    [Fact]
    public void Malformed_config_is_exit_2_with_file_and_line()
    {
        var run = CliRunner.Run("scan", CliRunner.Fixture("bad-config"));

        Assert.EndsWith(".shipshape.yml:4: rules.QA001 must be off, on, or a severity (critical, high, medium, low, info)", run.AssertUsageError());
    }

    [Theory]
    [InlineData("--fail-on", "sometimes")]
    [InlineData("--format", "pdf")]
    [InlineData("--config", "/no/such/config.yml")]
    [InlineData("--baseline", "/no/such/baseline.json")]
    [InlineData("-o", "report.xyz")]
    public void Bad_options_are_exit_2_with_one_line_and_no_stack_trace(string option, string value)
    {
        var run = CliRunner.Run("scan", App, option, value);

        run.AssertUsageError();
    }

    [Fact]
    public void Json_report_goes_to_the_output_file()
    {
        var path = _temp.Path("r.json");

        var run = CliRunner.Run("scan", App, "--format", "json", "-o", path);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        Assert.Equal("shipshape/report@1", json.RootElement.GetProperty("schema").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("counts").GetProperty("medium").GetInt32());
        Assert.Empty(Directory.GetFiles(_temp.Root, "*.tmp")); // written through a temp file, renamed
    }

    [Fact]
    public void Format_is_taken_from_the_extension_and_the_console_still_prints()
    {
        var path = _temp.Path("report.md");

        var run = CliRunner.Run("scan", App, "-o", path);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("# Production Readiness Report: ", File.ReadAllText(path));
        Assert.Contains("Scorecard", run.Out);
    }

    [Fact]
    public void Json_to_stdout_is_only_json()
    {
        var run = CliRunner.Run("scan", App, "--format", "json");

        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal("shipshape/report@1", json.RootElement.GetProperty("schema").GetString());
    }

    [Fact]
    public void A_written_baseline_silences_known_findings_on_the_next_run()
    {
        var baseline = _temp.Path("baseline.json");

        var write = CliRunner.Run("scan", App, "--fail-on", "medium", "--write-baseline", baseline);
        var gated = CliRunner.Run("scan", App, "--fail-on", "medium", "--baseline", baseline);

        Assert.Equal(0, write.ExitCode);
        Assert.Contains("baseline written", write.Error);
        Assert.Equal(0, gated.ExitCode);
        Assert.Contains("suppressed finding(s) not counted", gated.Out);
    }

    [Fact]
    public void Facts_are_printed_on_request()
    {
        var run = CliRunner.Run("scan", App, "--facts");

        Assert.Contains("Project facts", run.Out);
        Assert.Contains("Framework = Flask, Source = import", run.Out);
        Assert.Contains("Module = flask", run.Out);
    }

    [Fact]
    public void Facts_go_to_stderr_when_stdout_carries_the_json_report()
    {
        var run = CliRunner.Run("scan", App, "--format", "json", "--facts");

        using var json = JsonDocument.Parse(run.Out);
        Assert.Contains("Project facts", run.Error);
    }

    [Fact]
    public void Scanning_never_modifies_the_project()
    {
        static Dictionary<string, string> Snapshot(string root) => Directory
            .EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => f, f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))) + File.GetLastWriteTimeUtc(f).Ticks);
        var before = Snapshot(App);

        CliRunner.Run("scan", App, "--format", "json", "-o", _temp.Path("r.json"));

        Assert.Equal(before, Snapshot(App));
    }

    [Fact]
    public void The_shipped_entry_point_reports_errors_in_one_line()
    {
        var run = CliRunner.RunProcess("scan", "/no/such/dir");

        Assert.Equal("error: no such directory: /no/such/dir", run.AssertUsageError());
    }

    [Theory]
    [InlineData(", supports_credentials=True", 1, "fail-on critical: 1 finding(s) at or above it → exit 1")]
    [InlineData("", 0, "fail-on critical: 0 finding(s) at or above it")]
    public void The_gate_reads_each_findings_own_severity(string credentials, int exitCode, string gate)
    {
        // CORS001 is high; the same finding is critical when credentials are allowed.
        File.WriteAllText(_temp.Path("app.py"), $"from flask import Flask\nfrom flask_cors import CORS\n\napp = Flask(__name__)\nCORS(app{credentials})\n");

        var run = CliRunner.Run("scan", _temp.Root, "--fail-on", "critical");

        Assert.Equal(exitCode, run.ExitCode);
        Assert.Contains(gate, run.Out);
    }

    public void Dispose() => _temp.Dispose();
}
