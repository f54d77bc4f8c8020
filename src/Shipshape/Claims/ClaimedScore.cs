using System.Globalization;
using System.Text.RegularExpressions;

namespace Shipshape.Claims;

/// <summary>The score a report gives itself ("8.5/10"), to set beside the measured one.</summary>
public static partial class ClaimedScore
{
    /// <summary>
    /// The last "N/10" on the first line that talks about a score or rating (else the first line with
    /// one): "from a 4/10 portfolio project to an 8.5/10 platform" claims 8.5.
    /// </summary>
    public static double? Find(ReportDocument document)
    {
        var scored = document.Lines.Where(l => l.Kind != ReportLineKind.TableRow && OutOfTen().IsMatch(l.Text)).ToList();
        var line = scored.FirstOrDefault(l => ScoreWord().IsMatch(l.Text)) ?? scored.FirstOrDefault();
        if (line is null)
        {
            var percent = document.Lines.Select(l => ScorePercent().Match(l.Text)).FirstOrDefault(m => m.Success);
            return percent is null ? null : double.Parse(percent.Groups["percent"].Value, CultureInfo.InvariantCulture) / 10;
        }
        var value = OutOfTen().Matches(line.Text)[^1].Groups["score"].Value;
        return double.Parse(value, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"(?<score>\d+(?:\.\d+)?)\s*/\s*10\b")]
    private static partial Regex OutOfTen();

    [GeneratedRegex(@"\bscore\b\W*(?<percent>\d+(?:\.\d+)?)\s*%", RegexOptions.IgnoreCase)]
    private static partial Regex ScorePercent();

    [GeneratedRegex(@"score|rating|readiness", RegexOptions.IgnoreCase)]
    private static partial Regex ScoreWord();
}
