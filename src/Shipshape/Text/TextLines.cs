namespace Shipshape.Text;

/// <summary>
/// Maps character offsets of a text to 1-based lines and columns, and back. Lines end at "\n",
/// "\r\n" or "\r", like Python's own line splitting.
/// </summary>
public sealed class TextLines
{
    private readonly string _text;
    private readonly int[] _starts;

    public TextLines(string text)
    {
        _text = text;
        // Built for nearly every file a scan reads: a vectorised search for line ends, not a loop over characters.
        var starts = new List<int>(text.Length / 32 + 1) { 0 };
        var span = text.AsSpan();
        for (var at = span.IndexOfAny('\r', '\n'); at >= 0;)
        {
            var next = span[at] == '\r' && at + 1 < span.Length && span[at + 1] == '\n' ? at + 2 : at + 1;
            starts.Add(next);
            var found = span[next..].IndexOfAny('\r', '\n');
            at = found < 0 ? -1 : next + found;
        }

        _starts = starts.ToArray();
    }

    /// <summary>Number of lines; a text ending in a newline has no extra empty last line.</summary>
    public int Count => _starts.Length > 1 && _starts[^1] == _text.Length ? _starts.Length - 1 : _starts.Length;

    /// <summary>1-based line and column of a character offset.</summary>
    public (int Line, int Column) Position(int offset)
    {
        offset = Math.Clamp(offset, 0, _text.Length);
        var index = Array.BinarySearch(_starts, offset);
        if (index < 0) index = ~index - 1;
        return (index + 1, offset - _starts[index] + 1);
    }

    /// <summary>Offset of the first character of a 1-based line.</summary>
    public int LineStart(int line) => _starts[Math.Clamp(line - 1, 0, _starts.Length - 1)];

    /// <summary>The text of a 1-based line without its line ending.</summary>
    public string Line(int line)
    {
        if (line < 1 || line > _starts.Length) return "";
        var start = _starts[line - 1];
        var end = line < _starts.Length ? _starts[line] : _text.Length;
        while (end > start && _text[end - 1] is '\n' or '\r') end--;
        return _text[start..end];
    }
}
