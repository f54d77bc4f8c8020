using System.Text.RegularExpressions;

namespace Shipshape.Claims.Shapes;

/// <summary>
/// A Python code block the report offers as a fix ("**Fix Required:**", "Update `app.py`:", a block
/// under "Quick fixes"), as opposed to one that quotes the code as it is ("**Current Code:**",
/// "**Location:** `app.py:646`"). The claim is that this code is a fix; our code checks run on it.
/// </summary>
public static partial class SuggestedFixBlock
{
    public static bool IsSuggestion(ReportCodeBlock block)
    {
        if (block.Language is not ("python" or "py" or "python3") || block.Code.Trim().Length == 0) return false;
        if (FixWords().IsMatch(block.Label)) return true;
        if (ProblemWords().IsMatch(block.Label)) return false;
        return FixWords().IsMatch(block.Section) || FixWords().IsMatch(block.Chapter);
    }

    /// <summary>"Update app.py: (suggested fix, lines 182-192)".</summary>
    public static string Text(ReportCodeBlock block) =>
        $"{(block.Label.Length > 0 ? block.Label + " " : "")}(suggested fix, lines {block.FirstLine}-{block.LastLine})";

    [GeneratedRegex(@"\b(?:fix(?:es|ed)?|solution|recommend\w*|suggest\w*|consider|instead|update|create|replace|add|use|then in|in\s+\S+\.py)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FixWords();

    [GeneratedRegex(@"\b(?:current(?:ly)?|before|issue|problem|location|vulnerable|existing|bad)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ProblemWords();
}
