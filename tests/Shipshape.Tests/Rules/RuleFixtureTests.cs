using System.Text.RegularExpressions;
using Shipshape.Model;
using Shipshape.Rules;
using Shipshape.Tests.Support;

namespace Shipshape.Tests.Rules;

/// <summary>
/// Runs every rule on its fixture trees (Fixtures/rules/ID/fail and /pass, and any further cases in
/// fail-NAME/ and pass-NAME/) with only that rule enabled: lines marked <c>expect: ID</c> must get
/// exactly the findings, nothing else may fire, and the check status must be fail and pass respectively.
/// </summary>
public sealed partial class RuleFixtureTests
{
    /// <summary>Static rules (file and project rules); dynamic checks are tested against live servers by the probe's tests.</summary>
    public static TheoryData<string> RuleIds() => new(StaticRuleIds());

    private static IEnumerable<string> StaticRuleIds() =>
        RuleRegistry.Default.Rules.Where(r => r is IFileRule or IProjectRule).Select(r => r.Metadata.Id);

    public static TheoryData<string, string> FailingCases() => Cases("fail");

    public static TheoryData<string, string> PassingCases() => Cases("pass");

    // (rule id, case folder): "fail" itself and every "fail-NAME" beside it.
    private static TheoryData<string, string> Cases(string kind)
    {
        var cases = new TheoryData<string, string>();
        foreach (var id in StaticRuleIds())
        {
            var folder = TestPaths.Fixture("rules", id);
            var names = Directory.Exists(folder)
                ? Directory.EnumerateDirectories(folder).Select(d => Path.GetFileName(d)).Where(n => n == kind || n.StartsWith(kind + "-", StringComparison.Ordinal)).Order().ToList()
                : [kind];
            foreach (var name in names) cases.Add(id, name);
        }
        return cases;
    }

    [Theory]
    [MemberData(nameof(FailingCases))]
    public void Failing_fixture_gets_exactly_the_marked_findings(string ruleId, string fixture)
    {
        var root = TestPaths.Fixture("rules", ruleId, fixture);
        var report = Scans.Run(root, only: new HashSet<string> { ruleId });
        var expected = ExpectedLines(root, ruleId);
        var actual = report.Findings.Where(f => f.RuleId == ruleId)
            .Select(f => (f.Location?.Path ?? "", f.Location?.StartLine ?? 0)).ToList();

        Assert.Equal(CheckStatus.Fail, report.Check(ruleId).Status);
        if (expected.Count > 0) Assert.Equal(expected, actual.Order().ToList());
        else Assert.NotEmpty(actual);
        Assert.DoesNotContain(report.Diagnostics, d => d.Kind == DiagnosticKind.InternalError);
    }

    [Theory]
    [MemberData(nameof(PassingCases))]
    public void Passing_fixture_gets_no_finding_and_passes(string ruleId, string fixture)
    {
        var root = TestPaths.Fixture("rules", ruleId, fixture);
        var report = Scans.Run(root, only: new HashSet<string> { ruleId });
        var statusFile = Path.Combine(root, ".expected-status");
        var expectedStatus = File.Exists(statusFile) && File.ReadAllText(statusFile).Trim() == "not-applicable"
            ? CheckStatus.NotApplicable
            : CheckStatus.Pass;

        Assert.Empty(report.Findings);
        Assert.Equal(expectedStatus, report.Check(ruleId).Status);
        Assert.DoesNotContain(report.Diagnostics, d => d.Kind == DiagnosticKind.InternalError);
    }

    [GeneratedRegex(@"expect:\s*(?<ids>[A-Z]+[0-9]{3}(\s*,\s*[A-Z]+[0-9]{3})*)")]
    private static partial Regex Marker();

    /// <summary>(path, line) of every marker naming the rule, sorted like report findings.</summary>
    private static List<(string, int)> ExpectedLines(string root, string ruleId) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .SelectMany(file => File.ReadAllLines(file).Select((text, i) => (file, text, line: i + 1)))
            .Where(x => Marker().Match(x.text) is { Success: true } m
                && m.Groups["ids"].Value.Split(',').Select(s => s.Trim()).Contains(ruleId))
            .Select(x => (Path.GetRelativePath(root, x.file).Replace('\\', '/'), x.line))
            .Order()
            .ToList();
}
