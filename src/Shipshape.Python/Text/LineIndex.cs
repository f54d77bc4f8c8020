using System.Collections.Immutable;
using System.Text;

namespace Shipshape.Python.Text;

/// <summary>
/// Maps char offsets of a decoded source to lines and columns. Line breaks are \n, \r\n and \r;
/// like CPython, a form feed is not a line break. Built once in O(n); lookups are binary searches.
/// </summary>
public sealed class LineIndex
{
    private readonly string _source;

    // Offset of the first char of each line; the first entry is 0.
    private readonly ImmutableArray<int> _lineStarts;

    private LineIndex(string source, ImmutableArray<int> lineStarts)
    {
        _source = source;
        _lineStarts = lineStarts;
    }

    public static LineIndex Build(string source)
    {
        var starts = ImmutableArray.CreateBuilder<int>();
        starts.Add(0);
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (c == '\n')
            {
                starts.Add(i + 1);
            }
            else if (c == '\r')
            {
                if (i + 1 < source.Length && source[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
        }

        return new LineIndex(source, starts.ToImmutable());
    }

    /// <summary>The number of lines; a final line break opens an empty last line.</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>The 1-based line holding <paramref name="offset"/> (clamped to the text).</summary>
    public int LineNumber(int offset)
    {
        offset = Math.Clamp(offset, 0, _source.Length);
        var index = _lineStarts.AsSpan().BinarySearch(offset);
        return index >= 0 ? index + 1 : ~index;
    }

    /// <summary>Offset of the first char of the 1-based <paramref name="line"/>.</summary>
    public int LineStart(int line) => _lineStarts[line - 1];

    /// <summary>Offset just past the last char of <paramref name="line"/>, before its line break.</summary>
    public int LineEnd(int line)
    {
        if (line >= _lineStarts.Length)
        {
            return _source.Length;
        }

        // The next line starts right after a "\n", "\r\n" or "\r".
        var end = _lineStarts[line] - 1;
        if (_source[end] == '\n' && end > LineStart(line) && _source[end - 1] == '\r')
        {
            end--;
        }

        return end;
    }

    /// <summary>The text of the 1-based <paramref name="line"/>, without its line break.</summary>
    public string LineText(int line) => _source[LineStart(line)..LineEnd(line)];

    /// <summary>1-based line and 0-based column in UTF-16 chars.</summary>
    public (int Line, int Column) Position(int offset)
    {
        offset = Math.Clamp(offset, 0, _source.Length);
        var line = LineNumber(offset);
        return (line, offset - LineStart(line));
    }

    /// <summary>1-based line and CPython's 0-based column: UTF-8 bytes from the start of the line.</summary>
    public (int Line, int ByteColumn) Utf8Position(int offset)
    {
        offset = Math.Clamp(offset, 0, _source.Length);
        var line = LineNumber(offset);
        var start = LineStart(line);
        return (line, Utf8Length(_source.AsSpan(start, offset - start)));
    }

    // Lone surrogates count 3 bytes, as CPython's surrogatepass would; they cannot come from decoded files.
    private static int Utf8Length(ReadOnlySpan<char> text)
    {
        var bytes = text.Length;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x80)
            {
                continue;
            }

            if (c < 0x800)
            {
                bytes += 1;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                bytes += 2; // 4 bytes for the pair of chars
                i++;
            }
            else
            {
                bytes += 2;
            }
        }

        return bytes;
    }
}
