using System.Text.Json;
using System.Xml.Linq;
using Shipshape.Model;
using Shipshape.Reports.Html;
using Shipshape.Reports.Json;
using Shipshape.Reports.Junit;
using Shipshape.Reports.Markdown;
using Shipshape.Reports.Sarif;
using Shipshape.Rules;
using Shipshape.Scoring;
using Shipshape.Settings;
using Shipshape.Tests.Support;

namespace Shipshape.Tests.Scoring;

/// <summary>
/// A finding may carry another severity than its rule's default (CORS001 is high, critical with
/// credentials); the check, score, verdict, counts, fail-on gate and every report format follow it,
/// and a <c>.shipshape.yml</c> override sets every finding of the rule.
/// </summary>
public sealed class FindingSeverityTests
{
    private static readonly HashSet<string> Cors = [RuleIds.Cors001];
    private static readonly string VaultBefore = Path.Combine(TestPaths.RepositoryRoot, "samples", "vault", "before");

    private static Report Scan(string root, ShipshapeSettings? settings = null) => Scans.Run(root, settings, only: Cors);

    private static string Case(string name) => TestPaths.Fixture("rules", "CORS001", "cases", name);

    [Fact]
    public void Vault_cors_with_credentials_is_a_critical_finding_and_a_critical_check()
    {
        var report = Scan(VaultBefore);

        var finding = Assert.Single(report.Findings);
        Assert.Equal(("app.py", 27, Severity.Critical), (finding.Location!.Path, finding.Location.StartLine, finding.Severity));
        Assert.Contains("credentials are allowed too", finding.Message);
        var check = report.Check(RuleIds.Cors001);
        Assert.Equal((CheckStatus.Fail, Severity.Critical), (check.Status, check.Severity));
        Assert.Equal(new SeverityCounts(1, 0, 0, 0, 0), report.Summary.Counts);
        Assert.Equal(Verdict.NotReady, report.Summary.Verdict);
        Assert.True(new FailOn(Severity.Critical).Fails(finding));
    }

    [Theory]
    [InlineData("no-credentials", 5)]
    [InlineData("reflected-without-credentials", 8)]
    public void Cors_without_credentials_stays_high(string tree, int line)
    {
        var report = Scan(Case(tree));

        var finding = Assert.Single(report.Findings);
        Assert.Equal((line, Severity.High), (finding.Location!.StartLine, finding.Severity));
        Assert.Equal(Severity.High, report.Check(RuleIds.Cors001).Severity);
        Assert.Equal(new SeverityCounts(0, 1, 0, 0, 0), report.Summary.Counts);
        Assert.False(new FailOn(Severity.Critical).Fails(finding));
    }

    [Fact]
    public void A_reflected_origin_with_the_credentials_header_is_critical()
    {
        var finding = Assert.Single(Scan(Case("reflected-with-credentials")).Findings);

        Assert.Equal((8, Severity.Critical), (finding.Location!.StartLine, finding.Severity));
        Assert.Contains("Access-Control-Allow-Credentials is true", finding.Message);
    }

    [Fact]
    public void A_failed_check_weighs_its_most_severe_finding_in_the_score()
    {
        var critical = Scans.Run(VaultBefore);
        var withoutCors = Scans.Run(VaultBefore, ShipshapeSettings.Default with { Rules = new Dictionary<string, RuleOverride> { [RuleIds.Cors001] = new(false, null) } });

        // The same project with CORS001 off: adding a failed check of weight 10 (critical), not 7.5 (high).
        var decided = withoutCors.Checks.Where(c => c.Status.IsDecided()).ToList();
        var passed = decided.Where(c => c.Status == CheckStatus.Pass).Sum(c => c.Severity.Weight());
        var total = decided.Sum(c => c.Severity.Weight());
        Assert.Equal(total + 10.0, critical.Checks.Where(c => c.Status.IsDecided()).Sum(c => c.Severity.Weight()));
        Assert.Equal(Math.Round(10 * passed / (total + 10.0), 1, MidpointRounding.AwayFromZero), critical.Summary.Score);
        var cors = critical.Categories.Single(c => c.Category.Id == "cors");
        Assert.Equal(0.0, cors.Score);
        Assert.Contains("a failed check weighs its most severe finding's", ScoringFormula.Text);
    }

    [Fact]
    public void Every_report_format_shows_the_finding_and_check_at_critical()
    {
        var report = Scan(VaultBefore);

        var json = JsonDocument.Parse(new JsonReportWriter().Write(report)).RootElement;
        Assert.Equal("critical", json.GetProperty("findings")[0].GetProperty("severity").GetString());
        Assert.Equal("critical", json.GetProperty("categories").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "cors")
            .GetProperty("checks")[0].GetProperty("severity").GetString());
        Assert.Equal(1, json.GetProperty("summary").GetProperty("counts").GetProperty("critical").GetInt32());

        var result = JsonDocument.Parse(new SarifReportWriter().Write(report)).RootElement.GetProperty("runs")[0].GetProperty("results")[0];
        Assert.Equal(("error", "critical"), (result.GetProperty("level").GetString(), result.GetProperty("properties").GetProperty("severity").GetString()));

        var markdown = new MarkdownReportWriter().Write(report);
        Assert.Contains("## Critical Issues (must fix)\n\n### 1. Cors any origin (CORS001)\n**Severity:** CRITICAL", markdown);

        var html = new HtmlReportWriter().Write(report);
        Assert.Contains("<article class=\"finding critical\" data-severity=\"critical\" data-category=\"cors\">", html);
        Assert.Contains("<td>CORS001</td><td>cors-any-origin</td><td>CORS policy</td><td>critical</td>", html);

        var failure = XDocument.Parse(new JunitReportWriter().Write(report)).Descendants("failure").Single();
        Assert.Equal("critical", (string?)failure.Attribute("type"));
    }

    [Fact]
    public void A_severity_override_sets_every_finding_of_the_rule_and_its_check()
    {
        var settings = SettingsLoader.Parse("rules:\n  CORS001: medium\n", ".shipshape.yml", Cors);

        var report = Scan(VaultBefore, settings);

        Assert.Equal(Severity.Medium, Assert.Single(report.Findings).Severity);
        Assert.Equal(Severity.Medium, report.Check(RuleIds.Cors001).Severity);
        Assert.Equal(Verdict.ReadyWithWarnings, report.Summary.Verdict);
    }

    [Fact]
    public void A_suppressed_critical_finding_leaves_the_check_passing_at_the_rules_severity()
    {
        using var tree = new TempTree().File("app.py",
            "from flask import Flask\nfrom flask_cors import CORS\n\napp = Flask(__name__)\n"
            + "# shipshape: ignore[CORS001] the API is public and cookie-free behind the gateway\n"
            + "CORS(app, supports_credentials=True)\n");

        var report = Scan(tree.Root);

        Assert.Equal(Severity.Critical, Assert.Single(report.Findings).Severity);
        var check = report.Check(RuleIds.Cors001);
        Assert.Equal((CheckStatus.Pass, Severity.High), (check.Status, check.Severity));
        Assert.Equal(new SeverityCounts(0, 0, 0, 0, 0), report.Summary.Counts);
    }

    [Fact]
    public void Check_severity_is_the_highest_of_the_counted_findings()
    {
        Finding Of(Severity severity, bool suppressed = false) => new("CORS001", severity, Confidence.High, "m", null, "", "", "f", [],
            suppressed ? new Suppression(SuppressionKind.Inline, "r") : null);

        Assert.Equal(Severity.High, CheckSeverity.Of(Severity.High, []));
        Assert.Equal(Severity.Critical, CheckSeverity.Of(Severity.High, [Of(Severity.High), Of(Severity.Critical)]));
        Assert.Equal(Severity.Medium, CheckSeverity.Of(Severity.High, [Of(Severity.Medium)]));
        Assert.Equal(Severity.High, CheckSeverity.Of(Severity.High, [Of(Severity.Critical, suppressed: true)]));
    }
}
