namespace Shipshape.Reports;

/// <summary>Small helpers for writing Markdown that stays valid whatever text it carries.</summary>
public static class MarkdownText
{
    /// <summary>A fenced code block whose fence is longer than any backtick run inside the code.</summary>
    public static string Fence(string language, string code)
    {
        var longest = 0;
        var run = 0;
        foreach (var c in code)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }
        var fence = new string('`', Math.Max(3, longest + 1));
        return $"{fence}{language}\n{code.TrimEnd('\n')}\n{fence}\n";
    }

    /// <summary>Text safe inside a table cell: no pipes breaking columns, no line breaks.</summary>
    public static string Cell(string text) => text.Replace("|", "\\|").Replace("\r", "").Replace("\n", " ");

    /// <summary>"flask-debug-enabled" → "Flask debug enabled".</summary>
    public static string Title(string kebabName)
    {
        var words = kebabName.Replace('-', ' ');
        return words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];
    }

    public static string Score(double? score) =>
        score is { } s ? s.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) : "n/a";
}
