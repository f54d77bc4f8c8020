namespace Shipshape.Claims;

/// <summary>A fenced code block of a readiness report, with the prose line that introduces it.</summary>
/// <param name="Language">The fence's info word ("python", "bash"), lower case; "" when none.</param>
/// <param name="FenceLine">1-based report line of the opening fence; the code starts on the next line.</param>
/// <param name="Code">The code, one report line per line.</param>
/// <param name="Label">The nearest prose line above it ("**Fix Required:**", "Update `app.py`:"), visible text; "" when none.</param>
/// <param name="Section">The heading it sits under.</param>
/// <param name="Chapter">The nearest level-1 or level-2 heading above it.</param>
public sealed record ReportCodeBlock(string Language, int FenceLine, string Code, string Label, string Section, string Chapter)
{
    public int FirstLine => FenceLine + 1;

    public int LastLine => FenceLine + Math.Max(1, Code.TrimEnd('\n').Split('\n').Length);
}
