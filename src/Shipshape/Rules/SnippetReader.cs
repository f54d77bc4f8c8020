using Shipshape.Model;
using Shipshape.Text;

namespace Shipshape.Rules;

/// <summary>The code shown for a finding: the lines its location covers, dedented, at most a few.</summary>
public static class SnippetReader
{
    public const int MaxLines = 5;

    public static string Read(TextLines lines, Location location)
    {
        var last = Math.Min(location.EndLine, location.StartLine + MaxLines - 1);
        var texts = Enumerable.Range(location.StartLine, Math.Max(1, last - location.StartLine + 1))
            .Select(n => lines.Line(n).TrimEnd()).ToList();
        var indent = texts.Where(t => t.Length > 0).Select(t => t.Length - t.TrimStart().Length).DefaultIfEmpty(0).Min();
        return string.Join('\n', texts.Select(t => t.Length >= indent ? t[indent..] : t));
    }
}
