using Shipshape.Model;
using Shipshape.Reports.Docs;
using Shipshape.Rules;
using Shipshape.Tests.Support;

namespace Shipshape.Tests.Rules;

/// <summary>Every rule carries complete docs, fixtures and a committed docs page that matches its metadata.</summary>
public sealed class RuleCatalogueTests
{
    public static TheoryData<string> RuleIds() => new(RuleRegistry.Default.Rules.Select(r => r.Metadata.Id));

    private static RuleMetadata Rule(string id) => RuleRegistry.Default.Find(id)!.Metadata;

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Metadata_is_complete_and_consistent(string id)
    {
        var rule = Rule(id);

        Assert.Matches("^[A-Z]+[0-9]{3}$", rule.Id);
        Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", rule.Name);
        Assert.Equal(Categories.ForRuleId(rule.Id), rule.Category);
        var number = int.Parse(rule.Id[rule.Category.RulePrefix.Length..]);
        Assert.True(rule.Kind == RuleKind.Static ? number is >= 1 and <= 99 : number is >= 101 and <= 199,
            $"{rule.Id}: static rules are numbered 001-099, dynamic checks 101-199");
        Assert.False(string.IsNullOrWhiteSpace(rule.Summary));
        Assert.False(string.IsNullOrWhiteSpace(rule.Why));
        Assert.False(string.IsNullOrWhiteSpace(rule.Fix));
        Assert.False(string.IsNullOrWhiteSpace(rule.Requirement), $"{rule.Id}: set Requirement, the checklist line of a passed check");
        Assert.NotEmpty(rule.Examples);
        Assert.All(rule.Examples, e => Assert.False(string.IsNullOrWhiteSpace(e.Failing) || string.IsNullOrWhiteSpace(e.Passing)));
        Assert.NotEmpty(rule.References);
        Assert.All(rule.References, r => Assert.StartsWith("https://", r.Url));
    }

    [Theory]
    [MemberData(nameof(RuleFixtureTests.RuleIds), MemberType = typeof(RuleFixtureTests))]
    public void Has_failing_and_passing_fixtures(string id)
    {
        Assert.True(Directory.Exists(TestPaths.Fixture("rules", id, "fail")), $"missing Fixtures/rules/{id}/fail");
        Assert.True(Directory.Exists(TestPaths.Fixture("rules", id, "pass")), $"missing Fixtures/rules/{id}/pass");
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Committed_docs_page_matches_the_metadata(string id)
    {
        var page = Path.Combine(TestPaths.RepositoryRoot, Rule(id).DocsPath);

        Assert.True(File.Exists(page), $"{Rule(id).DocsPath} is missing: run `dotnet run --project src/Shipshape.Cli -- rules --write-docs docs/rules`");
        Assert.True(RuleDocsWriter.Write(Rule(id)) == File.ReadAllText(page),
            $"{Rule(id).DocsPath} drifted from the rule's metadata: run `dotnet run --project src/Shipshape.Cli -- rules --write-docs docs/rules`");
    }

    [Fact]
    public void Every_docs_page_belongs_to_a_rule()
    {
        var pages = Directory.EnumerateFiles(Path.Combine(TestPaths.RepositoryRoot, "docs", "rules"), "*.md")
            .Select(Path.GetFileNameWithoutExtension);

        Assert.All(pages, page => Assert.NotNull(RuleRegistry.Default.Find(page!)));
    }

    [Fact]
    public void Docs_pages_have_ruffs_sections_in_order()
    {
        foreach (var rule in RuleRegistry.Default.Rules.Select(r => r.Metadata))
        {
            var text = RuleDocsWriter.Write(rule);
            var positions = new[] { "## What it does", "## Why is this bad?", "## Example", "## Use instead", "## References" }
                .Select(h => text.IndexOf(h, StringComparison.Ordinal)).ToList();
            Assert.DoesNotContain(-1, positions);
            Assert.Equal(positions.Order(), positions);
        }
    }
}
