using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Shipshape.Claims;
using Shipshape.Model;
using Shipshape.Reports.Html;
using Shipshape.Reports.Json;
using Shipshape.Reports.Junit;
using Shipshape.Reports.Markdown;
using Shipshape.Reports.Sarif;
using Shipshape.Scanning;
using Shipshape.Tests.Claims;
using Shipshape.Tests.Support;

namespace Shipshape.Tests.Reports;

/// <summary>
/// What `verify` adds to every format, on seed 000 verified against samples/lumo/after: the claims,
/// the tally, the claimed score (8.5/10, report line 192) beside the measured one, the open items.
/// </summary>
public sealed class ClaimsReportTests
{
    private static readonly Lazy<Report> Verified = new(() =>
    {
        var scan = Scanner.Scan(ScanRequest.For(Path.Combine(TestPaths.RepositoryRoot, "samples", "lumo", "after")));
        return ClaimsVerification.Run(Seeds.Text("000"), scan.Report, scan.Facts, probed: false).AddTo(scan.Report);
    });

    private static Report Report => Verified.Value;

    private static int Count(ClaimVerdict verdict) => Report.Claims!.Count(c => c.Verdict == verdict);

    [Fact]
    public void Json_sets_the_claimed_score_beside_the_measured_one_and_lists_the_open_items()
    {
        var text = new JsonReportWriter().Write(Report);
        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;

        var claimed = root.GetProperty("claimedScore");
        Assert.Equal(8.5, claimed.GetProperty("score").GetDouble());
        Assert.Equal("8.5/10", claimed.GetProperty("text").GetString());
        Assert.Equal(192, claimed.GetProperty("source").GetProperty("line").GetInt32());
        Assert.Equal(Report.Summary.Score, root.GetProperty("summary").GetProperty("score").GetDouble());
        var open = root.GetProperty("openItems").EnumerateArray().ToList();
        Assert.Equal(23, open.Count); // 000's "- [ ]" items, lines 323-351
        Assert.Equal(("Environment variables set", 323), (open[0].GetProperty("text").GetString(), open[0].GetProperty("source").GetProperty("line").GetInt32()));
        Assert.Equal(85, root.GetProperty("claims").GetArrayLength());
        // Deterministic: the same verification gives the same bytes.
        Assert.Equal(text, new JsonReportWriter().Write(Report));
    }

    [Fact]
    public void Json_of_a_scan_has_no_claims_sections()
    {
        using var json = JsonDocument.Parse(new JsonReportWriter().Write(Report with { Claims = null, ClaimedScore = null, OpenItems = null }));
        Assert.False(json.RootElement.TryGetProperty("claimedScore", out _));
        Assert.False(json.RootElement.TryGetProperty("openItems", out _));
    }

    [Fact]
    public void Markdown_states_the_tally_and_both_scores_above_the_table()
    {
        var md = new MarkdownReportWriter().Write(Report);
        var measured = Report.Summary.Score!.Value.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);

        Assert.Contains($"85 claims: {Count(ClaimVerdict.Verified)} verified, {Count(ClaimVerdict.Contradicted)} contradicted, {Count(ClaimVerdict.Unverifiable)} unverifiable.", md);
        Assert.Contains($"Claimed score 8.5/10 (report line 192) vs measured score {measured}/10 ({Report.Summary.Verdict.Title()}).", md);
        Assert.Contains("- [ ] Environment variables set (line 323)", md);
    }

    [Fact]
    public void Html_states_the_tally_and_both_scores_in_the_claims_section()
    {
        var page = new HtmlParser().ParseDocument(new HtmlReportWriter().Write(Report));
        var section = page.GetElementById("claims")!;

        Assert.StartsWith("85 claims: ", section.QuerySelector(".claims-tally")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("claimed score 8.5/10 (report line 192) vs measured score ", section.QuerySelector(".claims-score")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(23, section.QuerySelectorAll(".open-items li").Length);
        Assert.Equal(85, section.QuerySelectorAll("tbody tr").Length);
    }

    [Fact]
    public void Junit_has_a_claims_suite_where_contradicted_claims_fail()
    {
        var xml = XDocument.Parse(new JunitReportWriter().Write(Report));
        var suite = xml.Root!.Elements("testsuite").Single(s => (string?)s.Attribute("id") == "claims");

        Assert.Equal("85", (string?)suite.Attribute("tests"));
        Assert.Equal(Count(ClaimVerdict.Contradicted).ToString(), (string?)suite.Attribute("failures"));
        Assert.Equal(Count(ClaimVerdict.Unverifiable).ToString(), (string?)suite.Attribute("skipped"));
        var properties = suite.Element("properties")!.Elements("property").ToDictionary(p => (string)p.Attribute("name")!, p => (string)p.Attribute("value")!);
        Assert.Equal("8.5", properties["claimedScore"]);
        Assert.Equal("192", properties["claimedScoreLine"]);
        Assert.Equal(Report.Summary.Score!.Value.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture), properties["measuredScore"]);
        var login = suite.Elements("testcase").Single(c => (string?)c.Attribute("name") == "line 27: Login: 10 attempts per minute");
        var failure = login.Element("failure")!;
        Assert.Equal("report says 10 per minute", (string?)failure.Attribute("message"));
        Assert.Contains("routes_auth.py:30 login (/login) is limited to '50 per minute'", failure.Value);
        var capacity = suite.Elements("testcase").Single(c => ((string?)c.Attribute("name"))!.StartsWith("line 154:", StringComparison.Ordinal));
        Assert.StartsWith("unverifiable: runtime: give --url", (string?)capacity.Element("skipped")!.Attribute("message"));
    }

    [Fact]
    public void Sarif_keeps_the_tally_and_the_claimed_score_in_the_run_properties_and_stays_valid()
    {
        var sarif = new SarifReportWriter().Write(Report);
        using var json = JsonDocument.Parse(sarif);
        var properties = json.RootElement.GetProperty("runs")[0].GetProperty("properties");

        var claims = properties.GetProperty("claims");
        Assert.Equal(85, claims.GetProperty("total").GetInt32());
        Assert.Equal(Count(ClaimVerdict.Contradicted), claims.GetProperty("contradicted").GetInt32());
        Assert.Equal(8.5, properties.GetProperty("claimedScore").GetProperty("score").GetDouble());
        Assert.Equal(Report.Summary.Score, properties.GetProperty("score").GetDouble());
        Assert.Empty(JsonSchemaValidator.Validate(TestPaths.Fixture("sarif", "sarif-schema-2.1.0.json"), sarif));
    }
}
