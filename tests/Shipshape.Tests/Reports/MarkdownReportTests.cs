using Shipshape.Model;
using Shipshape.Reports.Markdown;
using Shipshape.Tests.Support;

namespace Shipshape.Tests.Reports;

public sealed class MarkdownReportTests
{
    private static readonly Report Report = Scans.Run(TestPaths.Fixture("projects", "records-app"), only: ReportFixtureRules.Ids);
    private static readonly string Markdown = new MarkdownReportWriter().Write(Report);

    [Fact]
    public void Has_the_seed_audits_sections_in_order()
    {
        var headings = new[]
        {
            "## Executive Summary", "## Medium Priority Issues", "## Low Priority Issues", "## Scorecard",
            "## Production Deployment Checklist", "## Suppressed Findings",
        };
        var positions = headings.Select(h => Markdown.IndexOf(h, StringComparison.Ordinal)).ToList();

        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        Assert.DoesNotContain("## Critical Issues", Markdown); // no critical finding, no section
        Assert.Contains("**Status:** **READY WITH WARNINGS**", Markdown);
    }

    [Fact]
    public void Each_issue_has_location_current_code_and_fix()
    {
        Assert.Contains("### 1. Bare except (ERR001)\n", Markdown);
        Assert.Contains("**File:** [app.py:13](app.py#L13)", Markdown);
        Assert.Contains("**Current code:**\n```python\nexcept:\n```", Markdown);
        Assert.Contains("**Fix:**\nCatch the exceptions you expect", Markdown);
    }

    [Fact]
    public void Checklist_ticks_exactly_the_passed_checks()
    {
        foreach (var check in Report.Checks)
        {
            var expected = check.Status switch
            {
                CheckStatus.Pass => $"- [x] {check.RuleId} ",
                CheckStatus.Fail => $"- [ ] {check.RuleId} ",
                CheckStatus.Manual => $"- manual: {check.RuleId} ",
                _ => $"- not applicable: {check.RuleId} ",
            };
            Assert.Contains(expected, Markdown);
        }
        Assert.Contains("- [x] QA002 ", Markdown);              // README.md shows the production server
        Assert.Contains("- [ ] ERR001 No bare `except:` clauses (see #1, #2, #3, #4, #5)", Markdown);
        Assert.Contains("- [x] QA002 README or deployment documentation exists — README.md documents deployment: `gunicorn app:app` (line 3)", Markdown);
    }

    [Fact]
    public void Prints_the_scoring_formula_and_the_score()
    {
        Assert.Contains("Category score = 10 × Σ weight(passed checks)", Markdown);
        Assert.Contains($"**Score:** {Report.Summary.Score:0.0} / 10", Markdown);
    }
}
