using System.Collections.Immutable;
using System.Text;

namespace Shipshape.Python.Parsing;

/// <summary>Decodes the body of a string literal (between the quotes) to its value: escape
/// sequences, line continuations, and line ends normalized to \n as CPython's tokenizer does.</summary>
internal static class StringDecoder
{
    /// <summary>A str literal body. False, with CPython's message, for a malformed escape.</summary>
    public static bool DecodeText(ReadOnlySpan<char> body, bool raw, StringBuilder text, out string? error)
    {
        error = null;
        if (raw || body.IndexOfAny('\\', '\r') < 0)
        {
            if (body.IndexOf('\r') < 0)
            {
                text.Append(body);
            }
            else
            {
                AppendNormalizedNewlines(body, text);
            }
            return true;
        }
        return DecodeEscapes(body, text, bytes: null, fString: false, out error);
    }

    /// <summary>The literal text of an f-string: like a str, plus '{{' and '}}' for braces.</summary>
    public static bool DecodeFStringMiddle(ReadOnlySpan<char> body, bool raw, StringBuilder text, out string? error)
    {
        error = null;
        if (raw)
        {
            AppendBraces(body, text);
            return true;
        }
        return DecodeEscapes(body, text, bytes: null, fString: true, out error);
    }

    /// <summary>A bytes literal body: ASCII only; \N, \u and \U are not escapes in bytes.</summary>
    public static bool DecodeBytes(ReadOnlySpan<char> body, bool raw, ImmutableArray<byte>.Builder bytes, out string? error)
    {
        error = null;
        foreach (char c in body)
        {
            if (c > 0x7F)
            {
                error = "bytes can only contain ASCII literal characters";
                return false;
            }
        }
        if (raw)
        {
            var normalized = new StringBuilder();
            AppendNormalizedNewlines(body, normalized);
            foreach (var chunk in normalized.GetChunks())
            {
                foreach (char c in chunk.Span)
                {
                    bytes.Add((byte)c);
                }
            }
            return true;
        }
        return DecodeEscapes(body, text: null, bytes, fString: false, out error);
    }

    /// <summary>Appends <paramref name="body"/> with \r\n and \r turned into \n.</summary>
    public static void AppendNormalizedNewlines(ReadOnlySpan<char> body, StringBuilder text)
    {
        while (true)
        {
            int cr = body.IndexOf('\r');
            if (cr < 0)
            {
                text.Append(body);
                return;
            }
            text.Append(body[..cr]).Append('\n');
            body = body[(cr + (cr + 1 < body.Length && body[cr + 1] == '\n' ? 2 : 1))..];
        }
    }

    private static void AppendBraces(ReadOnlySpan<char> body, StringBuilder text)
    {
        for (int i = 0; i < body.Length; i++)
        {
            char c = body[i];
            if (c == '\r')
            {
                text.Append('\n');
                if (i + 1 < body.Length && body[i + 1] == '\n')
                {
                    i++;
                }
                continue;
            }
            text.Append(c);
            if ((c == '{' || c == '}') && i + 1 < body.Length && body[i + 1] == c)
            {
                i++;
            }
        }
    }

    /// <summary>Decodes escapes into either <paramref name="text"/> or <paramref name="bytes"/>.</summary>
    private static bool DecodeEscapes(ReadOnlySpan<char> body, StringBuilder? text, ImmutableArray<byte>.Builder? bytes, bool fString, out string? error)
    {
        error = null;
        for (int i = 0; i < body.Length; i++)
        {
            char c = body[i];
            if (c == '\r')
            {
                Emit('\n');
                if (i + 1 < body.Length && body[i + 1] == '\n')
                {
                    i++;
                }
                continue;
            }
            if (fString && (c == '{' || c == '}') && i + 1 < body.Length && body[i + 1] == c)
            {
                Emit(c);
                i++;
                continue;
            }
            if (c != '\\' || i + 1 >= body.Length)
            {
                Emit(c);
                continue;
            }
            char e = body[++i];
            switch (e)
            {
                case '\n':
                    break;
                case '\r':
                    if (i + 1 < body.Length && body[i + 1] == '\n')
                    {
                        i++;
                    }
                    break;
                case '\\': Emit('\\'); break;
                case '\'': Emit('\''); break;
                case '"': Emit('"'); break;
                case 'a': Emit('\a'); break;
                case 'b': Emit('\b'); break;
                case 'f': Emit('\f'); break;
                case 'n': Emit('\n'); break;
                case 'r': Emit('\r'); break;
                case 't': Emit('\t'); break;
                case 'v': Emit('\v'); break;
                case >= '0' and <= '7':
                {
                    int value = e - '0';
                    for (int n = 0; n < 2 && i + 1 < body.Length && body[i + 1] is >= '0' and <= '7'; n++)
                    {
                        value = value * 8 + (body[++i] - '0');
                    }
                    EmitCodePoint(value);
                    break;
                }
                case 'x':
                    if (!ReadHex(body, ref i, 2, out int hex))
                    {
                        error = Codec(bytes, $"truncated \\xXX escape");
                        return false;
                    }
                    EmitCodePoint(hex);
                    break;
                case 'u' when text is not null:
                case 'U' when text is not null:
                {
                    if (!ReadHex(body, ref i, e == 'u' ? 4 : 8, out int code))
                    {
                        error = Codec(bytes, e == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape");
                        return false;
                    }
                    if (code > 0x10FFFF)
                    {
                        error = Codec(bytes, "illegal Unicode character");
                        return false;
                    }
                    EmitCodePoint(code);
                    break;
                }
                case 'N' when text is not null:
                {
                    int close = i + 1 < body.Length && body[i + 1] == '{' ? body[(i + 1)..].IndexOf('}') : -1;
                    if (close < 0)
                    {
                        error = Codec(bytes, "malformed \\N character escape");
                        return false;
                    }
                    var name = body.Slice(i + 2, close - 1);
                    if (!UnicodeNames.TryLookup(name, out int code))
                    {
                        error = Codec(bytes, "unknown Unicode character name");
                        return false;
                    }
                    EmitCodePoint(code);
                    i += close + 1;
                    break;
                }
                default:
                    // Not an escape: the backslash stays (CPython warns, nothing more).
                    Emit('\\');
                    i--;
                    break;
            }
        }
        return true;

        void Emit(char ch)
        {
            if (text is not null)
            {
                text.Append(ch);
            }
            else
            {
                bytes!.Add((byte)ch);
            }
        }

        void EmitCodePoint(int code)
        {
            if (bytes is not null)
            {
                bytes.Add((byte)code);
            }
            else if (code < 0x10000)
            {
                text!.Append((char)code);
            }
            else
            {
                text!.Append(char.ConvertFromUtf32(code));
            }
        }
    }

    private static string Codec(ImmutableArray<byte>.Builder? bytes, string what) =>
        $"(unicode error) '{(bytes is null ? "unicodeescape" : "bytes")}' codec can't decode bytes: {what}";

    private static bool ReadHex(ReadOnlySpan<char> body, ref int i, int digits, out int value)
    {
        value = 0;
        if (i + digits >= body.Length)
        {
            return false;
        }
        for (int n = 1; n <= digits; n++)
        {
            int digit = HexDigitValue(body[i + n]);
            if (digit < 0)
            {
                return false;
            }
            value = value * 16 + digit;
        }
        i += digits;
        return true;
    }

    private static int HexDigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}
