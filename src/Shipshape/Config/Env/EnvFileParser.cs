using System.Collections.Immutable;
using System.Text;

namespace Shipshape.Config.Env;

/// <summary>
/// Reads <c>.env</c> files as python-dotenv and docker compose do: <c>KEY=value</c>, an optional
/// <c>export</c> prefix, <c>#</c> comments, single-quoted (literal) and double-quoted (escapes,
/// may span lines) values, and <c>${VAR}</c> interpolation of earlier keys. Never throws.
/// </summary>
public static class EnvFileParser
{
    /// <summary>Reads a file from disk; a binary or unreadable file yields a diagnostic and no entries.</summary>
    public static EnvFile ParseFile(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed($"cannot read the file: {e.Message}");
        }
        if (LooksBinary(bytes))
            return Failed("binary file: not a text env file");
        return Parse(new UTF8Encoding(false, false).GetString(bytes));
    }

    public static EnvFile Parse(string text)
    {
        if (text.Contains('\0'))
            return Failed("binary file: not a text env file");

        var entries = ImmutableArray.CreateBuilder<EnvEntry>();
        var diagnostics = ImmutableArray.CreateBuilder<ConfigDiagnostic>();
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = text.TrimStart('\uFEFF').Replace("\r\n", "\n").Split('\n');

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var column = line.Length - line.TrimStart().Length;
            var rest = line.TrimStart();
            if (rest.Length == 0 || rest.StartsWith('#'))
                continue;

            var position = new SourcePosition(i + 1, column + 1);
            var exported = false;
            if (rest.StartsWith("export ", StringComparison.Ordinal) || rest.StartsWith("export\t", StringComparison.Ordinal))
            {
                exported = true;
                var afterExport = rest[6..].TrimStart();
                column += rest.Length - afterExport.Length;
                rest = afterExport;
            }

            var keyLength = 0;
            while (keyLength < rest.Length && IsKeyChar(rest[keyLength], keyLength == 0))
                keyLength++;
            var key = rest[..keyLength];
            var afterKey = rest[keyLength..].TrimStart();
            if (keyLength == 0 || (afterKey.Length > 0 && afterKey[0] != '=' && afterKey[0] != '#'))
            {
                diagnostics.Add(new($"not a KEY=value line: '{Shorten(rest)}'", position));
                continue;
            }
            if (afterKey.Length == 0 || afterKey[0] == '#')
            {
                // A bare key: python-dotenv reads it as unset, compose as "pass through".
                entries.Add(new EnvEntry(key, "", "", EnvQuoting.None, exported, position, position));
                continue;
            }

            var valueText = afterKey[1..];
            var leading = valueText.Length - valueText.TrimStart(' ', '\t').Length;
            valueText = valueText[leading..];
            var valueColumn = column + (rest.Length - afterKey.Length) + 1 + leading + 1;
            var valuePosition = new SourcePosition(i + 1, valueColumn);

            var (raw, quoting, lastLine) = ReadValue(valueText, lines, i, diagnostics, valuePosition);
            i = lastLine;
            var value = quoting == EnvQuoting.Single ? raw : VariableExpander.Expand(raw, variables);
            variables[key] = value;
            entries.Add(new EnvEntry(key, value, raw, quoting, exported, position, valuePosition));
        }

        return new EnvFile(entries.ToImmutable(), diagnostics.ToImmutable());
    }

    private static (string Raw, EnvQuoting Quoting, int LastLine) ReadValue(
        string valueText,
        string[] lines,
        int lineIndex,
        ImmutableArray<ConfigDiagnostic>.Builder diagnostics,
        SourcePosition position)
    {
        if (valueText.Length == 0 || (valueText[0] != '\'' && valueText[0] != '"'))
        {
            // Unquoted: an inline comment needs whitespace before '#'.
            var comment = IndexOfInlineComment(valueText);
            return ((comment < 0 ? valueText : valueText[..comment]).TrimEnd(), EnvQuoting.None, lineIndex);
        }

        var quote = valueText[0];
        var builder = new StringBuilder();
        var text = valueText[1..];
        var current = lineIndex;
        while (true)
        {
            for (var j = 0; j < text.Length; j++)
            {
                var c = text[j];
                if (c == quote)
                    return (builder.ToString(), quote == '\'' ? EnvQuoting.Single : EnvQuoting.Double, current);
                if (quote == '"' && c == '\\' && j + 1 < text.Length)
                {
                    j++;
                    builder.Append(text[j] switch { 'n' => '\n', 't' => '\t', 'r' => '\r', var other => other });
                    continue;
                }
                builder.Append(c);
            }
            if (current + 1 >= lines.Length)
            {
                diagnostics.Add(new($"unterminated {(quote == '"' ? "double" : "single")}-quoted value", position));
                return (builder.ToString(), quote == '\'' ? EnvQuoting.Single : EnvQuoting.Double, current);
            }
            builder.Append('\n');
            current++;
            text = lines[current];
        }
    }

    private static int IndexOfInlineComment(string value)
    {
        for (var i = 1; i < value.Length; i++)
        {
            if (value[i] == '#' && char.IsWhiteSpace(value[i - 1]))
                return i;
        }
        return -1;
    }

    private static bool IsKeyChar(char c, bool first) =>
        char.IsAsciiLetter(c) || c == '_' || (!first && (char.IsAsciiDigit(c) || c == '.' || c == '-'));

    /// <summary>NUL bytes, or invalid UTF-8 with many control characters, mean the file is not text.</summary>
    internal static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        if (sample.Contains((byte)0))
            return true;
        var control = 0;
        foreach (var b in sample)
        {
            if (b < 0x20 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or 0x0C))
                control++;
        }
        return sample.Length > 0 && control * 10 > sample.Length;
    }

    private static EnvFile Failed(string message) =>
        new([], [new ConfigDiagnostic(message, new SourcePosition(1, 1))]);

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
