using Shipshape.Discovery;
using Shipshape.Model;
using Shipshape.Rules;
using Shipshape.Rules.Errors;
using Shipshape.Rules.Quality;
using Shipshape.Settings;
using Shipshape.Tests.Support;

namespace Shipshape.Tests.Scanning;

public sealed class ScannerTests
{
    private static readonly string Root = TestPaths.Fixture("projects", "records-app");

    /// <summary>A rule that fails on one file only, to show the scan survives it.</summary>
    private sealed class ThrowsOnReports : IFileRule
    {
        public RuleMetadata Metadata { get; } = new Err001BareExcept().Metadata with { Id = "ERR099", Name = "throws" };
        public IReadOnlySet<FileKind> FileKinds { get; } = new HashSet<FileKind> { FileKind.Python };

        public void Check(FileContext file)
        {
            if (file.Path == "reports.py") throw new InvalidOperationException("boom");
            file.Report(file.LocationOfLine(1), "first line");
        }
    }

    private sealed class ThrowsAlways : IProjectRule
    {
        public RuleMetadata Metadata { get; } = new Qa001NoAutomatedTests().Metadata with { Id = "QA099", Name = "throws" };

        public CheckOutcome Check(ProjectContext project) => throw new InvalidOperationException("project boom");
    }

    [Fact]
    public void A_throwing_rule_becomes_an_internal_error_for_that_file_and_the_scan_goes_on()
    {
        var registry = new RuleRegistry([new ThrowsOnReports(), new ThrowsAlways(), new Err001BareExcept()], RuleRegistry.Default.Collectors);

        var report = Scans.Run(Root, registry: registry);

        var error = Assert.Single(report.Diagnostics, d => d.Kind == DiagnosticKind.InternalError && d.RuleId == "ERR099");
        Assert.Equal("reports.py", error.Path);
        Assert.Contains("boom", error.Message);
        Assert.Contains(report.Findings, f => f.RuleId == "ERR099" && f.Location!.Path == "app.py");
        Assert.Equal(6, report.Findings.Count(f => f.RuleId == RuleIds.Err001)); // other rules unaffected
        Assert.Contains(report.Diagnostics, d => d.Kind == DiagnosticKind.InternalError && d.RuleId == "QA099");
        Assert.Equal(CheckStatus.Manual, report.Check("QA099").Status);
    }

    [Fact]
    public void A_file_rule_without_files_of_its_kinds_does_not_apply()
    {
        using var tree = new TempTree().File("README.md", "# Docs only\n");

        var check = Scans.Run(tree.Root).Check(RuleIds.Err001);

        Assert.Equal(CheckStatus.NotApplicable, check.Status);
        Assert.Equal("no gunicorn-config/python files", check.Reason);
    }

    [Fact]
    public void A_project_check_whose_findings_are_all_suppressed_passes_and_keeps_them_listed()
    {
        using var tree = new TempTree()
            .File("app.py", "from flask import Flask\n\napp = Flask(__name__)  # shipshape: ignore[QA001] tests live in the qa repository\n");

        var report = Scans.Run(tree.Root);

        Assert.Equal(new CheckResult(RuleIds.Qa001, "quality", Severity.Low, CheckStatus.Pass, "every finding is suppressed"),
            report.Check(RuleIds.Qa001));
        Assert.Equal("tests live in the qa repository", Assert.Single(report.Findings, f => f.RuleId == RuleIds.Qa001).Suppression!.Reason);
    }

    [Fact]
    public void Disabled_rules_do_not_run_and_severity_overrides_apply()
    {
        var settings = ShipshapeSettings.Default with
        {
            Rules = new Dictionary<string, RuleOverride>
            {
                [RuleIds.Qa001] = new(false, null),
                [RuleIds.Err001] = new(true, Severity.High),
            },
        };

        var report = Scans.Run(Root, settings);

        Assert.DoesNotContain(report.Checks, c => c.RuleId == RuleIds.Qa001);
        Assert.All(report.Findings.Where(f => f.RuleId == RuleIds.Err001), f => Assert.Equal(Severity.High, f.Severity));
        Assert.Equal(Severity.High, report.Check(RuleIds.Err001).Severity);
        Assert.Equal(Verdict.NotReady, report.Summary.Verdict);
    }

    [Fact]
    public void Findings_are_sorted_by_path_line_column_and_rule()
    {
        var located = Scans.Run(Root).Findings.Where(f => f.Location is not null).ToList();

        var sorted = located.OrderBy(f => f.Location!.Path, StringComparer.Ordinal).ThenBy(f => f.Location!.StartLine)
            .ThenBy(f => f.Location!.StartColumn).ThenBy(f => f.RuleId, StringComparer.Ordinal).ToList();
        Assert.Equal(sorted, located);
    }

    [Fact]
    public void Frameworks_come_from_imports_and_dependency_lists()
    {
        var result = Shipshape.Scanning.Scanner.Scan(Shipshape.Scanning.ScanRequest.For(Root));

        Assert.Equal(["flask"], result.Report.Frameworks);
        Assert.Contains(result.Facts.Get(Shipshape.Facts.FactKeys.Frameworks), f => f.Source == "import" && f.Location.Path == "app.py");
        Assert.Contains(result.Facts.Get(Shipshape.Facts.FactKeys.Frameworks), f => f.Source == "dependency" && f.Location.Path == "requirements.txt");
    }

    [Fact]
    public void Absent_findings_point_at_where_the_app_is_created()
    {
        var finding = Assert.Single(Scans.Run(Root).Findings, f => f.RuleId == RuleIds.Qa001);

        Assert.Equal(new Location("app.py", 5, 7, 5, 22), finding.Location);
        Assert.Equal("app = Flask(__name__)", finding.Snippet);
    }

    [Fact]
    public void Without_an_app_object_absent_findings_point_at_the_conventional_entry_module()
    {
        using var tree = new TempTree().File("pkg/wsgi.py", "import os\n").File("main.py", "print('hi')\n");

        var finding = Assert.Single(Scans.Run(tree.Root).Findings, f => f.RuleId == RuleIds.Qa001);

        Assert.Equal(Location.File("main.py"), finding.Location);
        Assert.Equal("", finding.Snippet);
    }
}
