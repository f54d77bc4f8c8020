using Shipshape.Model;
using Shipshape.Scoring;

namespace Shipshape.Probe;

/// <summary>Turns a probe's outcome into the report every writer renders, scored like a static scan.</summary>
public static class ProbeReportBuilder
{
    public static Report Build(ProbeOutcome outcome)
    {
        var scorecard = Scorer.Score(outcome.Checks);
        return new Report(
            ToolInfo.Current,
            new ScanTarget(null, outcome.Summary.Url),
            [],
            new ReportSummary(scorecard.Verdict, scorecard.Score, SeverityCounts.Of(outcome.Findings)),
            scorecard.Categories,
            outcome.Findings,
            [],
            outcome.Diagnostics,
            outcome.Rules,
            outcome.Summary);
    }
}
