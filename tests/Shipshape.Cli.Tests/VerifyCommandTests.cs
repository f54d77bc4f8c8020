using System.Text.Json;
using Shipshape.Cli.Tests.Support;

namespace Shipshape.Cli.Tests;

/// <summary>`shipshape verify` on a small report whose bare-except claim the bare-except-app contradicts.</summary>
public sealed class VerifyCommandTests : IDisposable
{
    private static readonly string App = CliRunner.Fixture("bare-except-app");
    private static readonly string Report = CliRunner.Fixture(Path.Combine("readiness", "false-claims.md"));
    private readonly TempFolder _temp = new();

    [Fact]
    public void A_contradicted_claim_is_exit_1_with_its_evidence_in_the_table()
    {
        var run = CliRunner.Run("verify", Report, "--repo", App);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Verification: ✓ All bare excepts", run.Out);
        Assert.Contains("ERR001 fails at app.py:10", run.Out);
        Assert.Contains("organisational", run.Out);
        // 5 claims: the verdict, two ticked headings, the verification line, the [x] item; "[ ] Load test" is open.
        Assert.Contains("5 claims:", run.Out);
        Assert.Contains("1 open checklist item(s)", run.Out);
        Assert.Contains("the report states no score", run.Out);
    }

    [Fact]
    public void Json_carries_the_claims_array_of_the_schema()
    {
        var output = _temp.Path("claims.json");
        var run = CliRunner.Run("verify", Report, "--repo", App, "-o", output);

        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(File.ReadAllText(output));
        var claims = json.RootElement.GetProperty("claims").EnumerateArray().ToList();
        Assert.Equal(5, claims.Count);
        var bareExcepts = claims.Single(c => c.GetProperty("source").GetProperty("line").GetInt32() == 9);
        Assert.Equal("Verification: ✓ All bare excepts eliminated", bareExcepts.GetProperty("text").GetString());
        Assert.Equal("contradicted", bareExcepts.GetProperty("verdict").GetString());
        Assert.Contains("ERR001", bareExcepts.GetProperty("checks").EnumerateArray().Select(c => c.GetString()));
        // No score in this report: no claimedScore; its "[ ] Load test" is an open item.
        Assert.False(json.RootElement.TryGetProperty("claimedScore", out _));
        Assert.Equal("Load test", json.RootElement.GetProperty("openItems")[0].GetProperty("text").GetString());
    }

    [Fact]
    public void Markdown_report_has_a_claims_section()
    {
        var run = CliRunner.Run("verify", Report, "--repo", App, "--format", "markdown");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("## Claims Verification", run.Out);
        Assert.Contains("| 9 | Verification: ✓ All bare excepts eliminated | contradicted | ERR001", run.Out);
    }

    [Fact]
    public void The_repo_defaults_to_the_reports_folder()
    {
        var folder = _temp.Path("app");
        Directory.CreateDirectory(folder);
        File.Copy(Path.Combine(App, "app.py"), Path.Combine(folder, "app.py"));
        File.Copy(Report, Path.Combine(folder, "READINESS.md"));

        var run = CliRunner.Run("verify", Path.Combine(folder, "READINESS.md"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("ERR001 fails at app.py:10", run.Out);
    }

    [Fact]
    public void No_contradicted_claim_is_exit_0()
    {
        var run = CliRunner.Run("verify", CliRunner.Fixture(Path.Combine("readiness", "true-claims.md")), "--repo", App);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("2 claims: 1 verified, 0 contradicted, 1 unverifiable", run.Out);
    }

    /// <summary>The remediation report of Shipshape.Tests' fixtures against samples/vault/after: its two deliberate false claims.</summary>
    [Fact]
    public void The_vault_remediation_report_is_contradicted_where_the_sample_lies()
    {
        var report = Path.Combine(RepositoryPaths.Root, "tests", "Shipshape.Tests", "Fixtures", "claims", "vault-remediation.md");
        var output = _temp.Path("vault.json");
        var run = CliRunner.Run("verify", report, "--repo", RepositoryPaths.Sample("vault", "after"), "-o", output);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("claimed score 9/10 (report line 5) vs measured score", run.Out);
        using var json = JsonDocument.Parse(File.ReadAllText(output));
        var claims = json.RootElement.GetProperty("claims").EnumerateArray()
            .ToDictionary(c => c.GetProperty("source").GetProperty("line").GetInt32());
        Assert.Equal("contradicted", claims[10].GetProperty("verdict").GetString());
        Assert.StartsWith("SEC002 fails at config.py:10", claims[10].GetProperty("evidence")[0].GetString());
        Assert.Equal("contradicted", claims[11].GetProperty("verdict").GetString());
        Assert.StartsWith("OBS001 fails at blockchain.py:51", claims[11].GetProperty("evidence")[0].GetString());
        Assert.Equal(9, json.RootElement.GetProperty("claimedScore").GetProperty("score").GetDouble());
    }

    [Fact]
    public void Junit_output_carries_a_claims_suite()
    {
        var output = _temp.Path("claims.xml");
        var run = CliRunner.Run("verify", Report, "--repo", App, "-o", output);

        Assert.Equal(1, run.ExitCode);
        var suite = System.Xml.Linq.XDocument.Load(output).Root!.Elements("testsuite").Single(s => (string?)s.Attribute("id") == "claims");
        Assert.Equal("5", (string?)suite.Attribute("tests"));
        Assert.Contains(suite.Elements("testcase"), c => (string?)c.Attribute("name") == "line 9: Verification: ✓ All bare excepts eliminated" && c.Element("failure") is not null);
    }

    [Fact]
    public void Missing_report_is_exit_2_with_one_line() =>
        Assert.Equal("error: no such report file: /no/such/REPORT.md", CliRunner.Run("verify", "/no/such/REPORT.md").AssertUsageError());

    [Fact]
    public void A_url_that_is_not_http_is_exit_2_before_any_request() =>
        Assert.Equal("error: not an http(s) URL: ftp://example.org", CliRunner.Run("verify", Report, "--repo", App, "--url", "ftp://example.org").AssertUsageError());

    [Fact]
    public void Empty_report_is_exit_2_with_one_line()
    {
        var empty = CliRunner.Fixture(Path.Combine("readiness", "empty.md"));
        Assert.Equal($"error: {empty} is empty: no claims to verify", CliRunner.Run("verify", empty, "--repo", App).AssertUsageError());
    }

    [Fact]
    public void Binary_report_is_exit_2_with_one_line()
    {
        var binary = _temp.Path("report.md");
        File.WriteAllBytes(binary, [0x23, 0x20, 0x00, 0x01, 0x02]);
        Assert.Equal($"error: {binary} is binary, not a Markdown report", CliRunner.Run("verify", binary, "--repo", App).AssertUsageError());
    }

    public void Dispose() => _temp.Dispose();
}
