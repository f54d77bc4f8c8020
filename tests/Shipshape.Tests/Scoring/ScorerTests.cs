using Shipshape.Model;
using Shipshape.Scoring;

namespace Shipshape.Tests.Scoring;

public sealed class ScorerTests
{
    private static CheckResult Check(string rule, Severity severity, CheckStatus status) =>
        new(rule, Categories.ForRuleId(rule)!.Id, severity, status, null);

    [Fact]
    public void Category_and_overall_scores_follow_the_formula()
    {
        var checks = new[]
        {
            Check("CSRF001", Severity.High, CheckStatus.Fail),      // csrf: 0 of 7.5
            Check("CSRF002", Severity.High, CheckStatus.Pass),      // csrf: 7.5 of 7.5 → csrf 10 × 7.5 / 15 = 5.0
            Check("DBG001", Severity.Critical, CheckStatus.Pass),   // debug: 10
            Check("DBG005", Severity.Low, CheckStatus.Fail),        // debug: 0 of 2.5 → 10 × 10 / 12.5 = 8.0
            Check("QA001", Severity.Low, CheckStatus.NotApplicable),// not counted
            Check("OBS005", Severity.Info, CheckStatus.Pass),       // weight 0: no effect
            Check("DATA001", Severity.Medium, CheckStatus.Manual),  // never counted
        };

        var card = Scorer.Score(checks);
        double? Row(string id) => card.Categories.Single(c => c.Category.Id == id).Score;

        Assert.Equal(5.0, Row("csrf"));
        Assert.Equal(8.0, Row("debug"));
        Assert.Null(Row("quality"));        // only a not-applicable check
        Assert.Null(Row("data"));           // only a manual check
        Assert.Null(Row("secrets"));        // no checks
        // overall: passed 7.5 + 10 = 17.5 of 7.5 + 7.5 + 10 + 2.5 = 27.5 → 10 × 17.5 / 27.5 = 6.36… → 6.4
        Assert.Equal(6.4, card.Score);
        Assert.Equal(Verdict.NotReady, card.Verdict);
    }

    [Theory]
    [InlineData(Severity.Critical, Verdict.NotReady)]
    [InlineData(Severity.High, Verdict.NotReady)]
    [InlineData(Severity.Medium, Verdict.ReadyWithWarnings)]
    [InlineData(Severity.Low, Verdict.ReadyWithWarnings)]
    [InlineData(Severity.Info, Verdict.Ready)]
    public void Verdict_follows_the_most_severe_failed_check(Severity failed, Verdict expected)
    {
        var checks = new[] { Check("ERR001", failed, CheckStatus.Fail), Check("DBG001", Severity.Critical, CheckStatus.Pass) };

        Assert.Equal(expected, Scorer.Score(checks).Verdict);
    }

    [Fact]
    public void Manual_and_not_applicable_checks_never_make_a_project_ready_or_not()
    {
        var checks = new[]
        {
            Check("DBG001", Severity.Critical, CheckStatus.Manual),
            Check("CSRF001", Severity.High, CheckStatus.NotApplicable),
        };

        var card = Scorer.Score(checks);

        Assert.Equal(Verdict.Ready, card.Verdict);
        Assert.Null(card.Score);
    }
}
