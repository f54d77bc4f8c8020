using System.Text.RegularExpressions;

namespace Shipshape.Claims.Shapes;

/// <summary>The marks readiness reports use to say "done": ticks and upper-case status words.</summary>
public static partial class ClaimMarks
{
    public static bool HasTick(string text) => Tick().IsMatch(text);

    public static bool HasStatusWord(string text) => StatusWord().IsMatch(text);

    public static bool HasProblemMark(string text) => Problem().IsMatch(text);

    /// <summary>"Before: …" describes the old state, never a claim about the current one.</summary>
    public static bool DescribesBefore(string text) => text.StartsWith("Before", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex("[✅✓✔☑]")]
    private static partial Regex Tick();

    // "PRODUCTION-READY" in a heading names a goal ("Quick fixes to make it production-ready"), not a status.
    [GeneratedRegex(@"(?<![-\w])(?:FIXED|IMPLEMENTED|READY|CONFIGURED|ENHANCED|COMPLETE|COMPLETED|PASSED|RESOLVED|ENABLED)\b")]
    private static partial Regex StatusWord();

    // An alternation, not a class: the coloured circles are surrogate pairs.
    [GeneratedRegex("❌|🔴|🟠|🟡|🟢")]
    private static partial Regex Problem();
}
