using Shipshape.Model;
using Shipshape.Suppressions;
using Shipshape.Tests.Support;
using Shipshape.Text;

namespace Shipshape.Tests.Suppressions;

/// <summary>Suppression comments on the records-app fixture: same line, line above, no reason, inside a string.</summary>
public sealed class SuppressionTests
{
    private static readonly Report Report = Scans.Run(TestPaths.Fixture("projects", "records-app"), only: Shipshape.Tests.Reports.ReportFixtureRules.Ids);

    private static IEnumerable<Finding> Err001(string path) =>
        Report.Findings.Where(f => f.RuleId == RuleIds.Err001 && f.Location!.Path == path);

    [Fact]
    public void A_comment_with_a_reason_on_the_same_line_suppresses_and_keeps_the_reason()
    {
        var suppressed = Assert.Single(Err001("app.py"), f => f.Location!.StartLine == 21);

        Assert.Equal(new Suppression(SuppressionKind.Inline,
            "the save helper logs and re-raises; this only shapes the answer"), suppressed.Suppression);
        Assert.False(suppressed.IsCounted);
    }

    [Fact]
    public void A_comment_without_a_reason_suppresses_nothing_and_is_reported()
    {
        var unsuppressed = Assert.Single(Err001("app.py"), f => f.Location!.StartLine == 33);

        Assert.Null(unsuppressed.Suppression);
        Assert.Contains(Report.Diagnostics, d => d.Kind == DiagnosticKind.Warning && d.Path == "app.py" && d.Line == 32
            && d.Message.Contains("has no reason"));
    }

    [Fact]
    public void Text_inside_a_python_string_is_not_a_suppression()
    {
        Assert.All(Err001("reports.py"), f => Assert.Null(f.Suppression));
        Assert.Equal([5, 9, 16], Err001("reports.py").Select(f => f.Location!.StartLine));
    }

    [Fact]
    public void A_suppression_naming_an_unknown_rule_suppresses_nothing_and_is_reported()
    {
        Assert.Null(Assert.Single(Err001("reports.py"), f => f.Location!.StartLine == 16).Suppression);
        Assert.Contains(Report.Diagnostics, d => d.Kind == DiagnosticKind.Warning && d.Path == "reports.py" && d.Line == 16
            && d.Message == "suppression names unknown rule ERR01 (see `shipshape rules`)");
    }

    [Fact]
    public void Suppressed_findings_are_not_counted()
    {
        // ERR001 fires 6 times (app.py 13, 21, 33; reports.py 5, 9, 16); one is suppressed.
        Assert.Equal(6, Report.Findings.Count(f => f.RuleId == RuleIds.Err001));
        Assert.Equal(5, Report.Findings.Count(f => f.RuleId == RuleIds.Err001 && f.IsCounted));
        // Other rules add medium findings of their own (no logging configuration, no health route): the summary counts counted ones only.
        Assert.Equal(Report.Findings.Count(f => f.Severity == Severity.Medium && f.IsCounted), Report.Summary.Counts.Medium);
        Assert.True(Report.Summary.Counts.Medium < Report.Findings.Count(f => f.Severity == Severity.Medium));
    }

    [Fact]
    public void A_comment_on_the_line_above_covers_the_next_line_and_can_name_several_rules()
    {
        var text = "# shipshape: ignore[DBG001, SEC001] local development only\napp.run(debug=True)\n";
        var (comments, warnings) = SuppressionReader.Read("run.py", text, new TextLines(text));

        var comment = Assert.Single(comments);
        Assert.Empty(warnings);
        Assert.Equal(["DBG001", "SEC001"], comment.RuleIds);
        Assert.True(comment.Covers(2, "SEC001"));
        Assert.True(comment.Covers(1, "DBG001"));
        Assert.False(comment.Covers(3, "DBG001"));
        Assert.False(comment.Covers(2, "ERR001"));
    }

    [Fact]
    public void Template_comments_can_suppress()
    {
        var text = "{# shipshape: ignore[CSRF001] the form posts to an external service #}\n<form method=\"post\">\n";
        var (comments, _) = SuppressionReader.Read("form.html", text, new TextLines(text));

        Assert.Equal("the form posts to an external service", Assert.Single(comments).Reason);
    }
}
