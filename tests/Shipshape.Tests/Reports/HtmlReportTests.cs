using AngleSharp.Html.Parser;
using Shipshape.Model;
using Shipshape.Reports;
using Shipshape.Reports.Html;
using Shipshape.Tests.Support;

namespace Shipshape.Tests.Reports;

public sealed class HtmlReportTests : IDisposable
{
    private static readonly string Leoc = Path.Combine(TestPaths.RepositoryRoot, "samples", "leoc", "before");
    private readonly TempTree _temp = new();

    [Fact]
    public void Chromium_renders_the_score_verdict_and_findings_and_the_filter_script_runs()
    {
        var report = Scans.Run(Leoc);
        var page = WritePage(report, "leoc.html");

        var dom = new HtmlParser().ParseDocument(HeadlessChromium.DumpDom(page));

        Assert.Equal(MarkdownText.Score(report.Summary.Score), dom.GetElementById("score")!.TextContent);
        Assert.Equal(report.Summary.Verdict.Title(), dom.GetElementById("verdict")!.TextContent);
        var counted = report.Findings.Where(f => f.IsCounted).ToList();
        var messages = dom.QuerySelectorAll(".finding .message").Select(e => e.TextContent).ToList();
        Assert.Equal(counted.Count, messages.Count);
        Assert.Contains(counted[0].Message, messages);
        Assert.Equal("ready", dom.Body!.GetAttribute("data-filter"));
        Assert.Equal(counted.Count.ToString(), dom.GetElementById("shown-count")!.TextContent);
    }

    [Fact]
    public void A_link_with_a_severity_filter_shows_only_that_severity()
    {
        var report = Scans.Run(Leoc);
        var page = WritePage(report, "filtered.html");
        var low = report.Findings.Count(f => f.IsCounted && f.Severity == Severity.Low);
        Assert.True(low > 0 && low < report.Findings.Count(f => f.IsCounted), "the sample has low and other findings");

        var dom = new HtmlParser().ParseDocument(HeadlessChromium.DumpDom(page, "#severity=low"));

        var visible = dom.QuerySelectorAll(".finding").Where(e => !e.HasAttribute("hidden")).ToList();
        Assert.Equal(low, visible.Count);
        Assert.All(visible, card => Assert.Equal("low", card.GetAttribute("data-severity")));
        Assert.Equal(low.ToString(), dom.GetElementById("shown-count")!.TextContent);
    }

    [Fact]
    public void The_screenshot_is_a_real_1280_by_2000_png()
    {
        var page = WritePage(Scans.Run(Leoc), "shot.html");
        var png = _temp.Path("shot.png");

        HeadlessChromium.Screenshot(page, png);

        var bytes = File.ReadAllBytes(png);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        Assert.True(bytes.Length > 20_000, $"a rendered report is more than a blank page ({bytes.Length} bytes)");
        Assert.Equal(1280, BigEndian(bytes, 16)); // IHDR width
        Assert.Equal(2000, BigEndian(bytes, 20)); // IHDR height
    }

    [Fact]
    public void The_page_requests_nothing_from_outside()
    {
        var html = new HtmlReportWriter().Write(Scans.Run(Leoc));

        Assert.Contains($"<meta http-equiv=\"Content-Security-Policy\" content=\"{HtmlReportWriter.ContentSecurityPolicy}\">", html);
        Assert.Contains("default-src 'none'", HtmlReportWriter.ContentSecurityPolicy);
        var dom = new HtmlParser().ParseDocument(html);
        Assert.Empty(dom.QuerySelectorAll("link, img, iframe, object, embed, script[src], [src]"));
        Assert.DoesNotContain("url(", html);
        Assert.DoesNotContain("@import", html);
        Assert.Single(dom.QuerySelectorAll("svg.gauge"));
        Assert.Single(dom.QuerySelectorAll("svg.chart"));
    }

    [Fact]
    public void Text_from_the_scanned_tree_is_escaped()
    {
        var hostile = "<img src=x onerror=alert(1)>";
        _temp.File("site/app.py", $"try:\n    pass\nexcept:  # shipshape: ignore[ERR001] {hostile} reason\n    pass\n")
             .Bytes($"site/{hostile}.bin", [0, 1, 2, 0, 255, 0]);
        var report = Scans.Run(_temp.Path("site"));
        Assert.Contains(report.Skipped, s => s.Path.Contains(hostile, StringComparison.Ordinal));
        Assert.Contains(report.Findings, f => f.Suppression?.Reason.Contains(hostile, StringComparison.Ordinal) == true);

        var html = new HtmlReportWriter().Write(report);

        Assert.DoesNotContain(hostile, html);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html);
        var dom = new HtmlParser().ParseDocument(html);
        Assert.Empty(dom.QuerySelectorAll("img"));
        Assert.Contains(hostile, dom.GetElementById("skipped")!.TextContent);
        Assert.Contains(hostile, dom.GetElementById("suppressed")!.TextContent);
    }

    [Fact]
    public void Claims_and_probe_sections_appear_only_when_the_report_has_them()
    {
        var scanned = Scans.Run(Leoc);
        // verify and probe fill these sections; this edition's scan leaves them empty, so they are added to a real report.
        var claim = new ClaimResult("CSRF Protection ✅ FIXED", 18, ClaimVerdict.Contradicted, [RuleIds.Csrf001], ["no CSRFProtect in app.py"]);
        var withBoth = scanned with { Claims = [claim], Probe = new ProbeSummary("http://127.0.0.1:5000", 57, new ObservatoryGrade("C+", 60)) };

        var plain = new HtmlParser().ParseDocument(new HtmlReportWriter().Write(scanned));
        var full = new HtmlParser().ParseDocument(new HtmlReportWriter().Write(withBoth));

        Assert.Null(plain.GetElementById("claims"));
        Assert.Null(plain.GetElementById("probe"));
        var row = full.QuerySelector("#claims tbody tr")!.Children.Select(c => c.TextContent).ToList();
        Assert.Equal(["18", "CSRF Protection ✅ FIXED", "contradicted", "CSRF001", "no CSRFProtect in app.py"], row);
        Assert.Contains("C+ (60)", full.GetElementById("probe")!.TextContent);
        Assert.Contains("57", full.GetElementById("probe")!.TextContent);
    }

    [Fact]
    public void Without_a_timestamp_the_page_is_byte_identical_for_the_same_input()
    {
        Assert.Equal(new HtmlReportWriter().Write(Scans.Run(Leoc)), new HtmlReportWriter().Write(Scans.Run(Leoc)));
    }

    public void Dispose() => _temp.Dispose();

    private string WritePage(Report report, string name)
    {
        var path = _temp.Path(name);
        File.WriteAllText(path, new HtmlReportWriter(DateTimeOffset.UtcNow).Write(report));
        return path;
    }

    private static int BigEndian(byte[] bytes, int offset) =>
        (bytes[offset] << 24) | (bytes[offset + 1] << 16) | (bytes[offset + 2] << 8) | bytes[offset + 3];
}
