using Shipshape.Model;
using Shipshape.Tests.Support;

namespace Shipshape.Tests.Rules;

/// <summary>
/// Rules that read configuration decide on what production loads, across modules
/// (Fixtures/projects/config-inheritance): a base configuration class in one module and the production
/// class in another, Django settings split into base and production modules.
/// </summary>
public sealed class ConfigInheritanceTests
{
    private static readonly HashSet<string> Rules = [RuleIds.Dbg001, RuleIds.Data001, RuleIds.Data002, RuleIds.Inp001];

    private static Report Scan(string tree) => Scans.Run(TestPaths.Fixture("projects", "config-inheritance", tree), only: Rules);

    private static List<(string Rule, string Path, int Line)> Findings(Report report) =>
        report.Findings.Select(f => (f.RuleId, f.Location!.Path, f.Location.StartLine)).ToList();

    [Fact]
    public void Values_a_production_class_in_another_module_overrides_are_not_findings()
    {
        var report = Scan("flask-overridden");

        Assert.Empty(report.Findings);
        Assert.Equal(CheckStatus.Pass, report.Check(RuleIds.Dbg001).Status);
        Assert.Equal("the production configuration class(es) set ProductionConfig.DEBUG = False", report.Check(RuleIds.Dbg001).Reason);
        Assert.Equal("1 database setting(s) production loads, none SQLite (1 overridden for production)", report.Check(RuleIds.Data001).Reason);
        Assert.Equal(CheckStatus.Pass, report.Check(RuleIds.Data002).Status);   // the production class's pool options
        Assert.Equal(CheckStatus.Pass, report.Check(RuleIds.Inp001).Status);    // the base class's MAX_CONTENT_LENGTH, inherited
    }

    [Fact]
    public void Values_a_production_class_inherits_from_another_module_are_findings_where_they_are_written()
    {
        var report = Scan("flask-inherited");

        Assert.Equal(
        [
            (RuleIds.Inp001, "app.py", 23),             // MAX_CONTENT_LENGTH only in DevelopmentConfig (config/dev.py)
            (RuleIds.Dbg001, "config/base.py", 2),
            (RuleIds.Data001, "config/base.py", 3),
        ], Findings(report));
        Assert.Contains("`BaseConfig.DEBUG` is True", report.Findings.Single(f => f.RuleId == RuleIds.Dbg001).Message);
        Assert.Equal("Uploaded file saved without a size limit (`MAX_CONTENT_LENGTH`)", report.Findings.Single(f => f.RuleId == RuleIds.Inp001).Message);
    }

    [Theory]
    [InlineData("django-overridden", false)]
    [InlineData("django-inherited", true)]
    public void A_base_settings_modules_database_counts_only_when_the_production_module_keeps_it(string tree, bool sqlite)
    {
        var report = Scan(tree);

        Assert.Equal(sqlite ? [(RuleIds.Data001, "site/settings/base.py", 9)] : [], Findings(report));
        Assert.Equal(sqlite ? CheckStatus.Fail : CheckStatus.Pass, report.Check(RuleIds.Data001).Status);
    }

    [Fact]
    public void A_rule_with_a_file_part_and_a_project_part_has_one_check()
    {
        // DATA001's env-file form fails file by file; its Python form passes on the project view: one failed check.
        using var tree = new TempTree().CopyFrom(TestPaths.Fixture("projects", "config-inheritance", "flask-overridden"))
            .File(".env.production", "DATABASE_URL=sqlite:////data/app.db\n");

        var report = Scans.Run(tree.Root, only: Rules);

        var check = Assert.Single(report.Checks, c => c.RuleId == RuleIds.Data001);
        Assert.Equal(CheckStatus.Fail, check.Status);
        Assert.Equal([(RuleIds.Data001, ".env.production", 1)], Findings(report));
    }
}
