using System.Globalization;
using System.Text.RegularExpressions;
using Shipshape.Model;

namespace Shipshape.Claims;

/// <summary>Finds the score a report gives itself ("8.5/10"), to set beside the measured one.</summary>
public static partial class ClaimedScoreReader
{
    /// <summary>
    /// The last "N/10" on the first line that talks about a score or rating (else the first line with
    /// one): "from a 4/10 portfolio project to an 8.5/10 platform" claims 8.5. Without one, a
    /// "Score: 100%" (as 10). Scorecard rows are per-category, never the overall claim.
    /// </summary>
    public static ClaimedScore? Find(ReportDocument document)
    {
        var scored = document.Lines.Where(l => l.Kind != ReportLineKind.TableRow && OutOfTen().IsMatch(l.Text)).ToList();
        var line = scored.FirstOrDefault(l => ScoreWord().IsMatch(l.Text)) ?? scored.FirstOrDefault();
        if (line is null)
        {
            var percent = document.Lines.Select(l => (Line: l, Match: ScorePercent().Match(l.Text))).FirstOrDefault(p => p.Match.Success);
            if (percent.Line is null) return null;
            var written = percent.Match.Groups["percent"];
            return new(double.Parse(written.Value, CultureInfo.InvariantCulture) / 10, written.Value + "%", percent.Line.Line);
        }
        var last = OutOfTen().Matches(line.Text)[^1];
        return new(double.Parse(last.Groups["score"].Value, CultureInfo.InvariantCulture), $"{last.Groups["score"].Value}/10", line.Line);
    }

    [GeneratedRegex(@"(?<score>\d+(?:\.\d+)?)\s*/\s*10\b")]
    private static partial Regex OutOfTen();

    [GeneratedRegex(@"\bscore\b\W*(?<percent>\d+(?:\.\d+)?)\s*%", RegexOptions.IgnoreCase)]
    private static partial Regex ScorePercent();

    [GeneratedRegex(@"score|rating|readiness", RegexOptions.IgnoreCase)]
    private static partial Regex ScoreWord();
}
