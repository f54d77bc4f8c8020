using System.Text.Json;
using Shipshape.Reports.Json;
using Shipshape.Tests.Support;

namespace Shipshape.Tests.Reports;

public sealed class JsonReportTests
{
    private static readonly string Root = TestPaths.Fixture("projects", "records-app");

    private static string Json() => new JsonReportWriter().Write(Scans.Run(Root, only: ReportFixtureRules.Ids));

    [Fact]
    public void Two_scans_of_the_same_tree_give_byte_identical_json()
    {
        Assert.Equal(Json(), Json());
    }

    [Fact]
    public void Document_has_the_report_at_1_shape()
    {
        using var json = JsonDocument.Parse(Json());
        var root = json.RootElement;

        Assert.Equal("shipshape/report@1", root.GetProperty("schema").GetString());
        Assert.Equal("shipshape", root.GetProperty("tool").GetProperty("name").GetString());
        Assert.Equal(Root, root.GetProperty("target").GetProperty("path").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("target").GetProperty("url").ValueKind);
        Assert.Equal(["flask"], root.GetProperty("frameworks").EnumerateArray().Select(e => e.GetString()));

        var summary = root.GetProperty("summary");
        Assert.Equal("ready-with-warnings", summary.GetProperty("verdict").GetString());
        Assert.Equal(JsonValueKind.Number, summary.GetProperty("score").ValueKind);
        Assert.Equal(5, summary.GetProperty("counts").GetProperty("medium").GetInt32());

        var csrf = root.GetProperty("categories").EnumerateArray().First();
        Assert.Equal("secrets", csrf.GetProperty("id").GetString()); // scorecard order of DESIGN.md
        var errors = root.GetProperty("categories").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "errors");
        Assert.Equal("fail", errors.GetProperty("checks")[0].GetProperty("status").GetString());
        Assert.Equal("ERR001", errors.GetProperty("checks")[0].GetProperty("rule").GetString());

        var finding = root.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("rule").GetString() == "ERR001");
        Assert.Equal("bare-except", finding.GetProperty("name").GetString());
        Assert.Equal("errors", finding.GetProperty("category").GetString());
        Assert.Equal("medium", finding.GetProperty("severity").GetString());
        Assert.Equal("high", finding.GetProperty("confidence").GetString());
        var location = finding.GetProperty("location");
        Assert.Equal("app.py", location.GetProperty("path").GetString());
        Assert.Equal(13, location.GetProperty("startLine").GetInt32());
        Assert.Equal(5, location.GetProperty("startColumn").GetInt32());
        Assert.Equal(13, location.GetProperty("endLine").GetInt32());
        Assert.Equal(11, location.GetProperty("endColumn").GetInt32());
        Assert.Equal("except:", finding.GetProperty("snippet").GetString());
        Assert.Matches("^[0-9a-f]{32}$", finding.GetProperty("fingerprint").GetString());
        Assert.Equal(JsonValueKind.Array, finding.GetProperty("evidence").ValueKind);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("skipped").ValueKind);
        Assert.False(root.TryGetProperty("probe", out _));   // only when a URL was probed
        Assert.False(root.TryGetProperty("claims", out _));  // only from verify
    }

    [Fact]
    public void Suppressed_findings_carry_their_reason()
    {
        using var json = JsonDocument.Parse(Json());
        var suppressed = json.RootElement.GetProperty("findings").EnumerateArray()
            .Single(f => f.TryGetProperty("suppression", out _)).GetProperty("suppression");

        Assert.Equal("inline", suppressed.GetProperty("kind").GetString());
        Assert.Equal("the save helper logs and re-raises; this only shapes the answer", suppressed.GetProperty("reason").GetString());
    }
}
