namespace Shipshape.Scoring;

/// <summary>The scoring rules in words, printed in every report so a reader can recompute the figures.</summary>
public static class ScoringFormula
{
    public const string Text =
        "Weights: critical 10, high 7.5, medium 5, low 2.5, info 0. "
        + "A check weighs its rule's severity; a failed check weighs its most severe finding's (CORS001 is high, critical with credentials). "
        + "Category score = 10 × Σ weight(passed checks) / Σ weight(applicable decided checks); "
        + "the overall score is the same sum over all checks. Not-applicable and manual checks are not counted. "
        + "Verdict: not ready if any critical or high check fails; ready with warnings if a medium or low check fails; "
        + "ready otherwise.";
}
