using Shipshape.Model;
using Shipshape.Tests.Support;

namespace Shipshape.Tests.Rules.Deploy;

/// <summary>
/// Dockerfiles have no end-of-line comments, so the fixture markers cannot sit on their lines: the
/// lines each rule reports in a Dockerfile are asserted here instead.
/// </summary>
public sealed class DockerfileRuleTests
{
    private static IReadOnlyList<Finding> Findings(string tree, string ruleId) =>
        Scans.Run(TestPaths.Fixture("config", "dockerfile-rules", tree), only: new HashSet<string> { ruleId })
            .Findings.Where(f => f.RuleId == ruleId).ToList();

    [Theory]
    [InlineData("everything-wrong", "DEP001", new[] { 4 })]
    [InlineData("everything-wrong", "DEP002", new[] { 10 })]
    [InlineData("everything-wrong", "DEP003", new[] { 1, 4 })]
    [InlineData("everything-wrong", "DBG001", new[] { 6 })]
    [InlineData("everything-wrong", "DBG003", new[] { 11 })]
    [InlineData("everything-wrong", "DATA001", new[] { 9 })]
    [InlineData("everything-wrong", "DEP006", new[] { 9 })]
    [InlineData("everything-wrong", "SEC004", new[] { 7, 8 })]
    [InlineData("explicit-root", "DEP001", new[] { 3 })]
    [InlineData("explicit-root", "DEP002", new[] { 1 })]
    [InlineData("explicit-root", "DEP005", new[] { 4 })]
    [InlineData("explicit-root", "DEP003", new int[0])]
    public void Each_rule_reports_the_dockerfile_lines_at_fault(string tree, string ruleId, int[] lines)
    {
        var findings = Findings(tree, ruleId);

        Assert.Equal(lines, findings.Select(f => f.Location!.StartLine).ToArray());
        Assert.All(findings, f => Assert.Equal("Dockerfile", f.Location!.Path));
    }

    [Fact]
    public void Values_point_at_the_setting_itself_on_continuation_lines()
    {
        var debug = Assert.Single(Findings("everything-wrong", "DBG001"));

        Assert.Equal((6, 15), (debug.Location!.StartLine, debug.Location.StartColumn));
        Assert.Contains("FLASK_ENV=development", debug.Message);
    }

    [Fact]
    public void Secrets_are_masked_in_messages_and_snippets()
    {
        var findings = Findings("everything-wrong", "SEC004");

        Assert.All(findings, f =>
        {
            Assert.DoesNotContain("Sup3rS3cretValue!", f.Message + f.Snippet);
            Assert.DoesNotContain("ghp_4fT9kQ2mZ7xW1bN8vR3pL6sD0hJ5cY2eA9uK", f.Message + f.Snippet);
        });
        Assert.Contains("Sup3… (17 chars)", findings[0].Message);
        Assert.Contains("GitHub token", findings[1].Message);
    }

    [Fact]
    public void Explicit_root_names_the_user_instruction()
    {
        var finding = Assert.Single(Findings("explicit-root", "DEP001"));

        Assert.Contains("USER root", finding.Message);
    }
}
