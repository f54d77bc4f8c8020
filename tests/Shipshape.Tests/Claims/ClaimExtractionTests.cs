using Shipshape.Claims;
using Shipshape.Model;
using Shipshape.Tests.Support;

namespace Shipshape.Tests.Claims;

public class ClaimExtractionTests
{
    private static IReadOnlyList<ExtractedClaim> Extract(string markdown) => ClaimExtractor.Extract(ReportDocument.Parse(markdown));

    /// <summary>
    /// Counted by reading each seed beside the extractor's listing once, line by line:
    /// 000: 16 ticked headings (lines 14-165), 21 table rows (12 scorecard rows, 9 ticked ad-platform
    ///      rows; "Uptime Monitoring ⚠️ Setup" is not one), 8 [x] items, 19 ticked bullets, 15 figures
    ///      (4 rate limits, "Minimum 8 characters", "Requires uppercase letter" / "lowercase letter" /
    ///      "digit", "30-day session lifetime", "10MB per file, 10 backups", "10 connections, 20 overflow",
    ///      "Connection recycling (1 hour)", and the pool's 10 / 20 / 1-hour of lines 150-153), 2 capacity
    ///      lines, 4 verdicts ("Production Ready: ❌ NO" under "Before Fixes" is not one) = 85.
    /// 001: 13 ticked headings, 12 "Verification: ✓" lines, 11 ticked or FIXED/PASSED lines, 3 figures
    ///      (allowed extensions, "Max file size: 5MB", "10MB per file, 10 backups"), 2 verdicts (line 4,
    ///      "All Critical and High-Priority Issues FIXED", is one), 1 suggested fix (the Python block
    ///      of "Known Issues" note 1, "consider using:") = 41.
    /// 002 (audit): 21 numbered issues under the four "… Issues" chapters, 1 verdict, 8 suggested fixes
    ///      (the Python blocks after "Fix Required:" and "Then in app.py:"; the 4 after "Current Code:"
    ///      or "Issue:" quote the problem) = 30.
    /// 003: 3 "COMPLETE ✅" phase headings, 16 table rows (12 ticked, 4 PASSED rows of the Phase 3
    ///      "Result" table), 26 ticked lines, 4 bullets under "Issues Resolved", 4 verdicts (one the
    ///      Phase 3 row "Overall assessment | READY") = 53.
    /// 004 (audit): 14 "❌" findings, the "✅ WHAT'S ALREADY GOOD" heading and its 8 bullets, 1 verdict,
    ///      4 suggested fixes (the Python blocks of "QUICK FIXES"; the 6 after "Location:" quote the problem) = 28.
    /// </summary>
    [Theory]
    [InlineData("000", 85)]
    [InlineData("001", 41)]
    [InlineData("002", 30)]
    [InlineData("003", 53)]
    [InlineData("004", 28)]
    public void Seed_claims_are_all_found(string seed, int expected) => Assert.Equal(expected, Extract(Seeds.Text(seed)).Count);

    [Fact]
    public void Claims_keep_their_text_and_report_line()
    {
        var claims = Extract(Seeds.Text("000"));
        Assert.Contains(claims, c => c is { Line: 16, Shape: ClaimShape.TickedHeading, Text: "1. CSRF Protection ✅ FIXED" });
        Assert.Contains(claims, c => c is { Line: 27, Shape: ClaimShape.Figure, Text: "Login: 10 attempts per minute" });
        Assert.Contains(claims, c => c is { Line: 4, Shape: ClaimShape.Verdict });
        Assert.Contains(claims, c => c is { Line: 154, Shape: ClaimShape.Capacity });
        Assert.Contains(claims, c => c is { Line: 179, Shape: ClaimShape.ScorecardRow });
        Assert.Contains(claims, c => c is { Line: 317, Shape: ClaimShape.Checklist, Text: "CSRF protection enabled" });
        // "Before:" bullets describe the old state and are never claims.
        Assert.DoesNotContain(claims, c => c.Text.StartsWith("Before", StringComparison.Ordinal));
    }

    [Fact]
    public void Verification_lines_are_claims()
    {
        var claims = Extract(Seeds.Text("001"));
        Assert.Contains(claims, c => c is { Line: 34, Shape: ClaimShape.VerificationLine, Text: "Verification: ✓ All bare excepts eliminated" });
    }

    [Fact]
    public void Audit_findings_cite_the_file_and_line_the_report_names()
    {
        var claims = Extract(Seeds.Text("002"));
        var debug = Assert.Single(claims, c => c.Line == 16);
        Assert.Equal(ClaimShape.AuditFinding, debug.Shape);
        Assert.Equal(new CitedLocation("app.py", 3662), debug.Cited);
        var vault = Extract(Seeds.Text("004"));
        Assert.Equal(new CitedLocation("app.py", 646), Assert.Single(vault, c => c.Text == "❌ Debug Mode Enabled").Cited);
        // The grouping heading "1. Security Issues" has findings below it; it is not one.
        Assert.DoesNotContain(vault, c => c.Text.Contains("Security Issues", StringComparison.Ordinal));
    }

    [Fact]
    public void Unticked_items_are_open_items_not_claims()
    {
        var document = ReportDocument.Parse(Seeds.Text("002"));
        var open = ClaimExtractor.OpenItems(document);
        Assert.Equal(18, open.Count); // lines 344-361: the 18 "- [ ]" items of "Before Going Live"
        Assert.Contains(open, o => o.Text == "Implement CSRF protection");
        Assert.DoesNotContain(ClaimExtractor.Extract(document), c => c.Shape == ClaimShape.Checklist);
    }

    [Fact]
    public void A_report_in_another_layout_still_yields_its_claims()
    {
        var document = ReportDocument.Parse(File.ReadAllText(TestPaths.Fixture("claims", "plain-layout.md")));
        var claims = ClaimExtractor.Extract(document).Select(c => (c.Line, c.Shape)).ToList();
        Assert.Equal(
        [
            (3, ClaimShape.Verdict),
            (7, ClaimShape.StatusWord), (8, ClaimShape.StatusWord), (9, ClaimShape.StatusWord), (10, ClaimShape.StatusWord),
            (14, ClaimShape.Checklist), (15, ClaimShape.Checklist),
            (22, ClaimShape.ScorecardRow), (23, ClaimShape.ScorecardRow),
        ], claims);
        Assert.Equal("Backups restored in a drill", Assert.Single(ClaimExtractor.OpenItems(document)).Text);
    }

    [Fact]
    public void Figures_under_a_claimed_heading_are_claims()
    {
        var claims = Extract(Seeds.Text("000"));
        Assert.Contains(claims, c => c is { Line: 54, Shape: ClaimShape.Figure, Text: "30-day session lifetime" });
        Assert.Contains(claims, c => c is { Line: 74, Shape: ClaimShape.Figure, Text: "Rotating file handler (10MB per file, 10 backups)" });
        Assert.Contains(claims, c => c is { Line: 86, Shape: ClaimShape.Figure, Text: "Connection pooling (10 connections, 20 overflow)" });
        Assert.Contains(claims, c => c is { Line: 153, Shape: ClaimShape.Figure, Text: "1-hour connection recycling" });
        // A bullet without a figure under the same heading is not a claim of its own.
        Assert.DoesNotContain(claims, c => c.Text == "Connection health checks (pool_pre_ping)");
        var leoc = Extract(Seeds.Text("001"));
        Assert.Contains(leoc, c => c is { Line: 48, Shape: ClaimShape.Figure, Text: "Allowed extensions: jpg, jpeg, png, gif, webp" });
        Assert.Contains(leoc, c => c is { Line: 49, Shape: ClaimShape.Figure, Text: "Max file size: 5MB (configurable)" });
    }

    [Fact]
    public void Python_offered_as_a_fix_is_a_claim_and_quoted_code_is_not()
    {
        var audit = Extract(Seeds.Text("002"));
        var fixes = audit.Where(c => c.Shape == ClaimShape.SuggestedFix).ToList();
        Assert.Equal([32, 54, 108, 123, 164, 202, 231, 282], fixes.Select(f => f.Line));
        Assert.Equal("Fix Required: (suggested fix, lines 33-35)", fixes[0].Text);
        Assert.StartsWith("if __name__ == '__main__':", fixes[0].Code!.Code, StringComparison.Ordinal);
        // "**Current Code:**" (line 26) shows the problem, not a fix.
        Assert.DoesNotContain(audit, c => c.Line == 26);
        var vault = Extract(Seeds.Text("004"));
        Assert.Equal([181, 198, 224, 252], vault.Where(c => c.Shape == ClaimShape.SuggestedFix).Select(f => f.Line));
    }

    /// <summary>
    /// The vault remediation report: setext headings, "*" bullets under "Changes made", no emoji, a
    /// table with a "Result" column of its own, checklist items still open.
    /// </summary>
    [Fact]
    public void A_remediation_report_in_another_layout_yields_its_claims()
    {
        var document = ReportDocument.Parse(File.ReadAllText(TestPaths.Fixture("claims", "vault-remediation.md")));
        var claims = ClaimExtractor.Extract(document);

        Assert.Equal(
        [
            (5, ClaimShape.Verdict),
            .. Enumerable.Range(10, 15).Select(line => (line, ClaimShape.StatusWord)),
            (31, ClaimShape.ScorecardRow), (32, ClaimShape.ScorecardRow), (33, ClaimShape.ScorecardRow), (34, ClaimShape.ScorecardRow),
        ], claims.Select(c => (c.Line, c.Shape)));
        Assert.Equal("Replaced all print() statements with logging", claims.Single(c => c.Line == 11).Text);
        // The setext heading is the section, not its underline.
        Assert.Equal("Changes made", claims.Single(c => c.Line == 10).Section);
        Assert.Equal(["Restore drill for the PostgreSQL backups", "External uptime monitoring"], ClaimExtractor.OpenItems(document).Select(o => o.Text));
        Assert.Equal(new ClaimedScore(9, "9/10", 5), ClaimedScoreReader.Find(document));
    }

    [Theory]
    [InlineData("000", 8.5, "8.5/10", 192)] // "**Overall Score:** 4/10 → 8.5/10": the first line that says "score"
    [InlineData("003", 10.0, "100%", 13)]   // "### Production Readiness Score: 100%"
    public void The_claimed_score_is_read_with_its_line(string seed, double score, string written, int line)
    {
        var claimed = ClaimedScoreReader.Find(ReportDocument.Parse(Seeds.Text(seed)));
        Assert.Equal(new ClaimedScore(score, written, line), claimed);
    }

    [Fact]
    public void A_report_without_a_score_claims_none() => Assert.Null(ClaimedScoreReader.Find(ReportDocument.Parse(Seeds.Text("002"))));
}
