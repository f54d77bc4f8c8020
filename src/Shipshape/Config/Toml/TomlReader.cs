using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Shipshape.Config.Toml;

/// <summary>
/// A TOML reader limited to what pyproject.toml and Pipfile dependency tables need: tables,
/// arrays of tables, dotted and quoted keys, the four string forms, integers, floats, booleans,
/// arrays (multi-line, trailing commas, comments) and inline tables. Dates and times, and anything
/// else it does not know, become diagnostics: the line is skipped and reading goes on.
/// </summary>
public sealed partial class TomlReader
{
    private const int MaxDepth = 64;

    private readonly string text;
    private readonly int[] lineStarts;
    private readonly ImmutableArray<ConfigDiagnostic>.Builder diagnostics = ImmutableArray.CreateBuilder<ConfigDiagnostic>();
    private readonly TableBuilder root = new(new SourcePosition(1, 1));
    private int pos;

    private TomlReader(string text)
    {
        this.text = text.Replace("\r\n", "\n");
        lineStarts = [0, .. this.text.Select((c, i) => (c, i)).Where(p => p.c == '\n').Select(p => p.i + 1)];
    }

    public static TomlDocument Read(string text)
    {
        var reader = new TomlReader(text);
        reader.ReadDocument();
        return new TomlDocument(reader.root.Freeze(), reader.diagnostics.ToImmutable());
    }

    [GeneratedRegex(@"^[+-]?(\d[\d_]*|0x[0-9A-Fa-f_]+|0o[0-7_]+|0b[01_]+)$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[+-]?(\d[\d_]*)(\.\d[\d_]*)?([eE][+-]?\d[\d_]*)?$|^[+-]?(inf|nan)$")]
    private static partial Regex FloatPattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}|^\d{2}:\d{2}")]
    private static partial Regex DateTimePattern();

    private bool AtEnd => pos >= text.Length;

    private char Current => pos < text.Length ? text[pos] : '\0';

    private void ReadDocument()
    {
        var table = root;
        while (true)
        {
            SkipBlankLinesAndComments();
            if (AtEnd)
                return;
            var lineStart = pos;
            try
            {
                if (Current == '[')
                    table = ReadTableHeader();
                else
                    ReadKeyValue(table, 0);
                ExpectEndOfLine();
            }
            catch (TomlSyntaxError error)
            {
                diagnostics.Add(new ConfigDiagnostic(error.Message, PositionAt(error.Offset)));
                SkipToNextLine(Math.Max(pos, lineStart));
            }
        }
    }

    private TableBuilder ReadTableHeader()
    {
        var start = pos;
        var isArray = text.AsSpan(pos).StartsWith("[[");
        pos += isArray ? 2 : 1;
        SkipSpaces();
        var keys = ReadKey();
        SkipSpaces();
        if (!text.AsSpan(pos).StartsWith(isArray ? "]]" : "]"))
            throw Error(isArray ? "expected ']]' to close the array-of-tables header" : "expected ']' to close the table header");
        pos += isArray ? 2 : 1;

        var parent = root;
        foreach (var key in keys[..^1])
            parent = parent.ChildTable(key, PositionAt(start)) ?? throw Error($"'{key}' is already a value, not a table", start);
        var last = keys[^1];
        if (isArray)
            return parent.AppendToArray(last, PositionAt(start)) ?? throw Error($"'{last}' is already defined and is not an array of tables", start);
        var table = parent.ChildTable(last, PositionAt(start)) ?? throw Error($"'{last}' is already a value, not a table", start);
        if (!table.Define())
            throw Error($"table [{string.Join('.', keys)}] is defined twice", start);
        return table;
    }

    private void ReadKeyValue(TableBuilder table, int depth)
    {
        var start = pos;
        var keys = ReadKey();
        SkipSpaces();
        if (Current != '=')
            throw Error("expected '=' after a key");
        pos++;
        SkipSpaces();
        var value = ReadValue(depth);
        foreach (var key in keys[..^1])
            table = table.ChildTable(key, PositionAt(start)) ?? throw Error($"'{key}' is already a value, not a table", start);
        if (!table.Set(keys[^1], value))
            throw Error($"key '{string.Join('.', keys)}' is defined twice", start);
    }

    private string[] ReadKey()
    {
        var keys = new List<string>();
        while (true)
        {
            SkipSpaces();
            keys.Add(Current switch
            {
                '"' => ReadBasicString(),
                '\'' => ReadLiteralString(),
                _ => ReadBareKey(),
            });
            SkipSpaces();
            if (Current != '.')
                return [.. keys];
            pos++;
        }
    }

    private string ReadBareKey()
    {
        var start = pos;
        while (!AtEnd && (char.IsAsciiLetterOrDigit(Current) || Current is '_' or '-'))
            pos++;
        if (pos == start)
            throw Error(AtEnd ? "expected a key at the end of the file" : $"unexpected character '{Current}' where a key was expected");
        return text[start..pos];
    }

    private TomlValue ReadValue(int depth)
    {
        if (depth > MaxDepth)
            throw Error("arrays or inline tables nested too deeply");
        var position = PositionAt(pos);
        return Current switch
        {
            '"' when text.AsSpan(pos).StartsWith("\"\"\"") => new TomlString(ReadMultiLineBasicString(), position),
            '\'' when text.AsSpan(pos).StartsWith("'''") => new TomlString(ReadMultiLineLiteralString(), position),
            '"' => new TomlString(ReadBasicString(), position),
            '\'' => new TomlString(ReadLiteralString(), position),
            '[' => ReadArray(depth, position),
            '{' => ReadInlineTable(depth, position),
            _ => ReadScalarWord(position),
        };
    }

    private TomlArray ReadArray(int depth, SourcePosition position)
    {
        pos++;
        var items = ImmutableArray.CreateBuilder<TomlValue>();
        while (true)
        {
            SkipBlankLinesAndComments();
            if (Current == ']')
                break;
            if (AtEnd)
                throw Error("unterminated array");
            items.Add(ReadValue(depth + 1));
            SkipBlankLinesAndComments();
            if (Current == ',')
            {
                pos++;
                continue;
            }
            if (AtEnd)
                throw Error("unterminated array");
            if (Current != ']')
                throw Error("expected ',' or ']' in an array");
        }
        pos++;
        return new TomlArray(items.ToImmutable(), position);
    }

    private TomlTable ReadInlineTable(int depth, SourcePosition position)
    {
        pos++;
        var table = new TableBuilder(position);
        SkipSpaces();
        if (Current == '}')
        {
            pos++;
            return table.Freeze();
        }
        while (true)
        {
            ReadKeyValue(table, depth + 1);
            SkipSpaces();
            if (Current == ',')
            {
                pos++;
                continue;
            }
            if (Current == '}')
            {
                pos++;
                return table.Freeze();
            }
            throw Error("expected ',' or '}' in an inline table");
        }
    }

    private TomlValue ReadScalarWord(SourcePosition position)
    {
        var start = pos;
        while (!AtEnd && (char.IsAsciiLetterOrDigit(Current) || Current is '_' or '-' or '+' or '.' or ':'))
            pos++;
        var word = text[start..pos];
        if (word is "true" or "false")
            return new TomlBoolean(word == "true", position);
        if (DateTimePattern().IsMatch(word))
            throw Error("dates and times are not supported by this reader", start);
        if (IntegerPattern().IsMatch(word) || FloatPattern().IsMatch(word))
            return new TomlNumber(word.Replace("_", ""), position);
        throw Error(word.Length == 0 ? $"unexpected character '{(AtEnd ? "end of file" : Current)}' where a value was expected" : $"unsupported value '{word}'", start);
    }

    private string ReadBasicString()
    {
        var start = pos;
        pos++;
        var builder = new StringBuilder();
        while (true)
        {
            if (AtEnd || Current == '\n')
                throw Error("unterminated string", start);
            var c = text[pos++];
            if (c == '"')
                return builder.ToString();
            if (c == '\\')
                ReadEscape(builder);
            else
                builder.Append(c);
        }
    }

    private string ReadMultiLineBasicString()
    {
        var start = pos;
        pos += 3;
        if (Current == '\n')
            pos++; // a newline right after the opening quotes is trimmed
        var builder = new StringBuilder();
        while (true)
        {
            if (AtEnd)
                throw Error("unterminated multi-line string", start);
            if (text.AsSpan(pos).StartsWith("\"\"\"") && !text.AsSpan(pos).StartsWith("\"\"\"\""))
            {
                pos += 3;
                return builder.ToString();
            }
            var c = text[pos++];
            if (c == '\\' && (Current == '\n' || char.IsWhiteSpace(Current)))
            {
                // Line-ending backslash: drop it and the whitespace that follows.
                while (!AtEnd && char.IsWhiteSpace(Current))
                    pos++;
            }
            else if (c == '\\')
            {
                ReadEscape(builder);
            }
            else
            {
                builder.Append(c);
            }
        }
    }

    private string ReadLiteralString()
    {
        var start = pos;
        var close = text.IndexOf('\'', pos + 1);
        var newline = text.IndexOf('\n', pos + 1);
        if (close < 0 || (newline >= 0 && newline < close))
            throw Error("unterminated string", start);
        pos = close + 1;
        return text[(start + 1)..close];
    }

    private string ReadMultiLineLiteralString()
    {
        var start = pos;
        var close = text.IndexOf("'''", pos + 3, StringComparison.Ordinal);
        if (close < 0)
            throw Error("unterminated multi-line string", start);
        var body = text[(start + 3)..close];
        pos = close + 3;
        return body.StartsWith('\n') ? body[1..] : body;
    }

    private void ReadEscape(StringBuilder builder)
    {
        var escapeStart = pos - 1;
        var c = AtEnd ? '\0' : text[pos++];
        switch (c)
        {
            case 'b': builder.Append('\b'); break;
            case 't': builder.Append('\t'); break;
            case 'n': builder.Append('\n'); break;
            case 'f': builder.Append('\f'); break;
            case 'r': builder.Append('\r'); break;
            case 'e': builder.Append('\u001b'); break;
            case '"': builder.Append('"'); break;
            case '\\': builder.Append('\\'); break;
            case 'u' or 'U':
                var length = c == 'u' ? 4 : 8;
                if (pos + length > text.Length || !int.TryParse(text.AsSpan(pos, length), NumberStyles.HexNumber, null, out var code) || code > 0x10FFFF)
                    throw Error("invalid unicode escape", escapeStart);
                builder.Append(char.ConvertFromUtf32(code is >= 0xD800 and <= 0xDFFF ? 0xFFFD : code));
                pos += length;
                break;
            default:
                throw Error($"invalid escape '\\{c}'", escapeStart);
        }
    }

    private void SkipSpaces()
    {
        while (Current is ' ' or '\t')
            pos++;
    }

    private void SkipBlankLinesAndComments()
    {
        while (!AtEnd)
        {
            if (Current is ' ' or '\t' or '\n' or '\r')
                pos++;
            else if (Current == '#')
                SkipToNextLine(pos);
            else
                return;
        }
    }

    private void ExpectEndOfLine()
    {
        SkipSpaces();
        if (Current == '#')
            SkipToNextLine(pos);
        else if (!AtEnd && Current != '\n')
            throw Error($"unexpected '{Current}' after a value; expected the end of the line");
    }

    private void SkipToNextLine(int from)
    {
        var newline = text.IndexOf('\n', Math.Min(from, text.Length));
        pos = newline < 0 ? text.Length : newline + 1;
    }

    private SourcePosition PositionAt(int offset)
    {
        var index = Array.BinarySearch(lineStarts, offset);
        var line = index >= 0 ? index : ~index - 1;
        return new SourcePosition(line + 1, offset - lineStarts[line] + 1);
    }

    private TomlSyntaxError Error(string message, int? offset = null) => new(message, offset ?? pos);

    /// <summary>Unwinds the reader to the start of the next line; never leaves <see cref="TomlReader"/>.</summary>
    private sealed class TomlSyntaxError(string message, int offset) : Exception(message)
    {
        public int Offset { get; } = offset;
    }

    /// <summary>A table while it is being filled: values, sub-tables and arrays of tables by key.</summary>
    private sealed class TableBuilder(SourcePosition position)
    {
        private readonly List<string> order = [];
        private readonly Dictionary<string, object> items = new(StringComparer.Ordinal);
        private bool defined;

        public SourcePosition Position { get; } = position;

        public bool Set(string key, TomlValue value)
        {
            if (!items.TryAdd(key, value))
                return false;
            order.Add(key);
            return true;
        }

        /// <summary>Marks a table as defined by a header; false when a header already defined it.</summary>
        public bool Define()
        {
            if (defined)
                return false;
            defined = true;
            return true;
        }

        /// <summary>The sub-table for a key, created if missing; the last element for an array of tables; null for a plain value.</summary>
        public TableBuilder? ChildTable(string key, SourcePosition at)
        {
            if (!items.TryGetValue(key, out var existing))
            {
                var child = new TableBuilder(at);
                items[key] = child;
                order.Add(key);
                return child;
            }
            return existing switch
            {
                TableBuilder table => table,
                List<TableBuilder> array => array[^1],
                _ => null,
            };
        }

        public TableBuilder? AppendToArray(string key, SourcePosition at)
        {
            var element = new TableBuilder(at);
            if (!items.TryGetValue(key, out var existing))
            {
                items[key] = new List<TableBuilder> { element };
                order.Add(key);
                return element;
            }
            if (existing is not List<TableBuilder> array)
                return null;
            array.Add(element);
            return element;
        }

        public TomlTable Freeze() => new(
            [.. order.Select(key => new KeyValuePair<string, TomlValue>(key, items[key] switch
            {
                TableBuilder table => table.Freeze(),
                List<TableBuilder> array => new TomlArray([.. array.Select(t => (TomlValue)t.Freeze())], array[0].Position),
                var value => (TomlValue)value,
            }))],
            Position);
    }
}
