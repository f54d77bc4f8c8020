using System.Xml.Linq;
using Shipshape.Model;
using Shipshape.Reports.Junit;
using Shipshape.Tests.Support;

namespace Shipshape.Tests.Reports;

public sealed class JunitReportTests
{
    private static readonly string RecordsApp = TestPaths.Fixture("projects", "records-app");

    [Fact]
    public void One_suite_per_category_with_checks_and_one_case_per_check()
    {
        var report = Scans.Run(RecordsApp);
        var xml = XDocument.Parse(new JunitReportWriter().Write(report));

        var suites = xml.Root!.Elements("testsuite").ToList();
        Assert.Equal(report.Categories.Where(c => c.Checks.Count > 0).Select(c => c.Category.Id), suites.Select(s => (string?)s.Attribute("id")));
        Assert.Equal(report.Checks.Count(), xml.Descendants("testcase").Count());
        Assert.Equal(report.Checks.Count().ToString(), (string?)xml.Root.Attribute("tests"));
        foreach (var (suite, row) in suites.Zip(report.Categories.Where(c => c.Checks.Count > 0)))
        {
            Assert.Equal(row.Category.Name, (string?)suite.Attribute("name"));
            Assert.Equal(row.Checks.Select(c => $"shipshape.{row.Category.Id}"), suite.Elements("testcase").Select(c => (string?)c.Attribute("classname")));
            Assert.Equal(row.Checks.Count(c => c.Status == CheckStatus.Fail).ToString(), (string?)suite.Attribute("failures"));
        }
    }

    [Fact]
    public void A_failed_check_is_a_failure_listing_its_counted_findings()
    {
        var report = Scans.Run(RecordsApp);
        var xml = XDocument.Parse(new JunitReportWriter().Write(report));

        var bareExcept = xml.Descendants("testcase").Single(c => ((string?)c.Attribute("name"))!.StartsWith(RuleIds.Err001, StringComparison.Ordinal));
        var failure = Assert.Single(bareExcept.Elements("failure"));
        Assert.Equal("medium", (string?)failure.Attribute("type"));
        var counted = report.Findings.Where(f => f.RuleId == RuleIds.Err001 && f.IsCounted).ToList();
        Assert.NotEmpty(counted);
        foreach (var finding in counted) Assert.Contains($"{finding.Location}: ERR001 {finding.Message}", failure.Value);
        foreach (var finding in report.Findings.Where(f => f.RuleId == RuleIds.Err001 && !f.IsCounted))
            Assert.DoesNotContain(finding.Location!.ToString() + ":", failure.Value);
        Assert.Contains("    except:\n", failure.Value);
    }

    [Fact]
    public void A_passed_check_has_no_failure_and_keeps_what_it_rests_on()
    {
        var report = Scans.Run(RecordsApp);
        var xml = XDocument.Parse(new JunitReportWriter().Write(report));
        var passed = report.Checks.First(c => c.Status == CheckStatus.Pass && c.Reason is not null);

        var testcase = xml.Descendants("testcase").Single(c => ((string?)c.Attribute("name"))!.StartsWith(passed.RuleId + " ", StringComparison.Ordinal));

        Assert.Empty(testcase.Elements("failure"));
        Assert.Empty(testcase.Elements("skipped"));
        Assert.Equal(passed.Reason, testcase.Element("system-out")!.Value);
    }

    [Fact]
    public void A_not_applicable_check_is_skipped_with_its_reason()
    {
        using var tree = new TempTree().File("README.md", "# docs only\n");
        var report = Scans.Run(tree.Root);
        var notApplicable = report.Checks.First(c => c.Status == CheckStatus.NotApplicable);

        var xml = XDocument.Parse(new JunitReportWriter().Write(report));
        var testcase = xml.Descendants("testcase").Single(c => ((string?)c.Attribute("name"))!.StartsWith(notApplicable.RuleId + " ", StringComparison.Ordinal));

        Assert.Equal($"not-applicable: {notApplicable.Reason}", (string?)Assert.Single(testcase.Elements("skipped")).Attribute("message"));
        Assert.Equal(report.Checks.Count(c => !c.Status.IsDecided()).ToString(), (string?)xml.Root!.Attribute("skipped"));
    }

    [Fact]
    public void A_manual_check_is_skipped_too()
    {
        // No rule of this edition answers "manual" on a real tree yet; the scanned report is changed in one check.
        var scanned = Scans.Run(RecordsApp);
        var manual = new CheckResult(RuleIds.Qa002, "quality", Severity.Low, CheckStatus.Manual, "deployment docs live outside the repository");
        var report = scanned with
        {
            Categories = scanned.Categories.Select(c => c with { Checks = c.Checks.Select(k => k.RuleId == RuleIds.Qa002 ? manual : k).ToList() }).ToList(),
        };

        var xml = XDocument.Parse(new JunitReportWriter().Write(report));
        var testcase = xml.Descendants("testcase").Single(c => ((string?)c.Attribute("name"))!.StartsWith(RuleIds.Qa002, StringComparison.Ordinal));

        Assert.Equal("manual: deployment docs live outside the repository", (string?)Assert.Single(testcase.Elements("skipped")).Attribute("message"));
    }

    [Fact]
    public void Two_scans_of_the_same_tree_give_byte_identical_xml()
    {
        Assert.Equal(new JunitReportWriter().Write(Scans.Run(RecordsApp)), new JunitReportWriter().Write(Scans.Run(RecordsApp)));
    }
}
