using System.Text.RegularExpressions;

namespace Shipshape.Claims.Shapes;

/// <summary>The marks readiness reports use to say "done": ticks and upper-case status words.</summary>
public static partial class ClaimMarks
{
    public static bool HasTick(string text) => Tick().IsMatch(text);

    public static bool HasStatusWord(string text) => StatusWord().IsMatch(text);

    public static bool HasProblemMark(string text) => Problem().IsMatch(text);

    /// <summary>A table cell saying done in words: "Done", "yes", "Implemented", "✅ Ready".</summary>
    public static bool IsDoneCell(string cell) => DoneCell().IsMatch(cell);

    /// <summary>
    /// A plain heading announcing finished work ("Done", "Completed work", "What was fixed"): in a
    /// report without ticks, its bullets are the claims.
    /// </summary>
    public static bool IsDoneHeading(string heading) =>
        !HasTick(heading) && !StatusWord().IsMatch(heading) && DoneHeading().IsMatch(heading);

    /// <summary>"ALL FIXES APPLIED", "all issues resolved": a claim about every other claim of the report.</summary>
    public static bool SumsUpEverything(string text) => Everything().IsMatch(text);

    /// <summary>"Before: …" describes the old state, never a claim about the current one.</summary>
    public static bool DescribesBefore(string text) => text.StartsWith("Before", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex("[✅✓✔☑]")]
    private static partial Regex Tick();

    // "PRODUCTION-READY" in a heading names a goal ("Quick fixes to make it production-ready"), not a status.
    [GeneratedRegex(@"(?<![-\w])(?:FIXED|IMPLEMENTED|READY|CONFIGURED|ENHANCED|COMPLETE|COMPLETED|PASSED|RESOLVED|ENABLED)\b")]
    private static partial Regex StatusWord();

    [GeneratedRegex(@"^\W*(?:done|yes|ok|fixed|implemented|ready|configured|enabled|complete|completed|passed|resolved|in place)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DoneCell();

    [GeneratedRegex(@"\b(?:done|completed?|fixed|implemented|resolved|in place|what we did|changes made)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DoneHeading();

    [GeneratedRegex(@"\ball\s+(?:the\s+)?(?:fixes|issues|changes|items)\s+(?:have\s+been\s+|are\s+|were\s+)?(?:applied|resolved|fixed|done|complete|implemented)", RegexOptions.IgnoreCase)]
    private static partial Regex Everything();

    // An alternation, not a class: the coloured circles are surrogate pairs.
    [GeneratedRegex("❌|🔴|🟠|🟡|🟢")]
    private static partial Regex Problem();
}
