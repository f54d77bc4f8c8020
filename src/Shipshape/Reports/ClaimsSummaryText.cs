using System.Globalization;
using Shipshape.Model;

namespace Shipshape.Reports;

/// <summary>The sentences every format prints under a claims table: the tally, and the claimed score beside the measured one.</summary>
public static class ClaimsSummaryText
{
    /// <summary>"75 claims: 51 verified, 10 contradicted, 14 unverifiable".</summary>
    public static string Tally(IReadOnlyList<ClaimResult> claims) => string.Create(CultureInfo.InvariantCulture,
        $"{claims.Count} claims: {Count(claims, ClaimVerdict.Verified)} verified, {Count(claims, ClaimVerdict.Contradicted)} contradicted, {Count(claims, ClaimVerdict.Unverifiable)} unverifiable");

    /// <summary>"claimed score 8.5/10 (report line 10) vs measured score 6.3/10 (Not ready)", or the measured score alone when the report states none.</summary>
    public static string Scores(Report report)
    {
        var measured = $"measured score {MarkdownText.Score(report.Summary.Score)}/10 ({report.Summary.Verdict.Title()})";
        if (report.ClaimedScore is not { } claimed) return $"{measured}; the report states no score";
        var outOfTen = Claimed(claimed);
        var written = claimed.Text == outOfTen ? "" : $"{claimed.Text} at ";
        return string.Create(CultureInfo.InvariantCulture, $"claimed score {outOfTen} ({written}report line {claimed.SourceLine}) vs {measured}");
    }

    /// <summary>The claimed score out of ten, as written in every format ("8.5/10").</summary>
    public static string Claimed(ClaimedScore claimed) => claimed.Score.ToString("0.##", CultureInfo.InvariantCulture) + "/10";

    public static int Count(IReadOnlyList<ClaimResult> claims, ClaimVerdict verdict) => claims.Count(c => c.Verdict == verdict);
}
