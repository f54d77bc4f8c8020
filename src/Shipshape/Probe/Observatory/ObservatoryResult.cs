namespace Shipshape.Probe.Observatory;

/// <summary>
/// A site's header grade as Mozilla's HTTP Observatory (algorithm version 4) computes it: the ten test
/// results, the score (base 100 plus penalties; bonuses only when penalties alone leave at least 90;
/// never below 0, may exceed 100) and its letter grade.
/// </summary>
public sealed record ObservatoryResult(int Score, string Grade, IReadOnlyList<ObservatoryTestResult> Tests)
{
    /// <summary>How the score was reached, so a reader can recompute it.</summary>
    public string Explanation =>
        $"{ObservatoryScoreTable.BaseScore} " +
        string.Concat(Tests.Where(t => t.Modifier != 0).Select(t => $"{(t.Modifier > 0 ? "+" : "-")} {Math.Abs(t.Modifier)} ({t.Result}) ")) +
        (Tests.Any(t => t.Modifier > 0) && Penalised < ObservatoryScoreTable.MinimumScoreForExtraCredit
            ? $"; bonuses not counted below {ObservatoryScoreTable.MinimumScoreForExtraCredit}" : "") +
        (Penalised < 0 && Score == 0 ? "= 0, the floor" : $"= {Score}") + $" ({Grade})";

    /// <summary>The report's "probe.observatory" entry.</summary>
    public Model.ObservatoryGrade ToModel() => new(Grade, Score);

    public ObservatoryTestResult? Test(string name) => Tests.FirstOrDefault(t => t.Test == name);

    private int Penalised => ObservatoryScoreTable.BaseScore + Tests.Where(t => t.Modifier < 0).Sum(t => t.Modifier);
}
