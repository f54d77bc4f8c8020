using System.Text;

namespace Shipshape.Python.Parsing;

/// <summary>Decodes source bytes as CPython does: UTF-8 BOM, else a PEP 263 coding declaration
/// in a comment on line 1 or 2, else UTF-8.</summary>
internal static class SourceDecoder
{
    static SourceDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static (string Source, string? Error) Decode(ReadOnlySpan<byte> bytes)
    {
        bool bom = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
        if (bom)
        {
            bytes = bytes[3..];
        }
        string? declared = FindCodingDeclaration(bytes);
        Encoding encoding = Encoding.UTF8;
        if (declared is not null)
        {
            var known = Lookup(declared);
            if (known is null)
            {
                return (DecodeUtf8(bytes, out _), $"unknown encoding: {declared}");
            }
            // With a BOM, CPython accepts only a declaration that normalizes to exactly "utf-8".
            string normal = declared.ToLowerInvariant().Replace('_', '-');
            if (bom && normal != "utf-8" && !normal.StartsWith("utf-8-"))
            {
                return (DecodeUtf8(bytes, out _), $"encoding problem: {declared} with BOM");
            }
            encoding = known;
        }
        if (encoding.CodePage == Encoding.UTF8.CodePage)
        {
            string text = DecodeUtf8(bytes, out bool valid);
            return (text, valid ? null : "(unicode error) 'utf-8' codec can't decode bytes");
        }
        return (encoding.GetString(bytes), null);
    }

    private static string DecodeUtf8(ReadOnlySpan<byte> bytes, out bool valid)
    {
        valid = System.Text.Unicode.Utf8.IsValid(bytes);
        return Encoding.UTF8.GetString(bytes);
    }

    /// <summary>PEP 263: ^[ \t\f]*#.*?coding[:=][ \t]*([-_.a-zA-Z0-9]+) on line 1, or on line 2 when
    /// line 1 is blank or a comment.</summary>
    private static string? FindCodingDeclaration(ReadOnlySpan<byte> bytes)
    {
        for (int lineNumber = 0; lineNumber < 2 && !bytes.IsEmpty; lineNumber++)
        {
            int end = bytes.IndexOfAny((byte)'\n', (byte)'\r');
            var line = end < 0 ? bytes : bytes[..end];
            var trimmed = line.TrimStart(" \t\f"u8);
            if (trimmed.IsEmpty || trimmed[0] != (byte)'#')
            {
                if (!trimmed.IsEmpty)
                {
                    return null;
                }
            }
            else if (CodingIn(trimmed) is { } name)
            {
                return name;
            }
            if (end < 0)
            {
                return null;
            }
            bytes = bytes[(end + (bytes[end] == '\r' && end + 1 < bytes.Length && bytes[end + 1] == '\n' ? 2 : 1))..];
        }
        return null;
    }

    private static string? CodingIn(ReadOnlySpan<byte> comment)
    {
        int at = comment.IndexOf("coding"u8);
        while (at >= 0)
        {
            var rest = comment[(at + 6)..];
            if (!rest.IsEmpty && rest[0] is (byte)':' or (byte)'=')
            {
                rest = rest[1..].TrimStart(" \t"u8);
                int length = 0;
                while (length < rest.Length && (char.IsAsciiLetterOrDigit((char)rest[length]) || rest[length] is (byte)'-' or (byte)'_' or (byte)'.'))
                {
                    length++;
                }
                if (length > 0)
                {
                    return Encoding.ASCII.GetString(rest[..length]);
                }
            }
            int next = rest.IndexOf("coding"u8);
            at = next < 0 ? -1 : comment.Length - rest.Length + next;
        }
        return null;
    }

    /// <summary>The encodings CPython source files use in practice, by Python's normalized names.</summary>
    private static Encoding? Lookup(string name)
    {
        string normalized = name.ToLowerInvariant().Replace('_', '-');
        return normalized switch
        {
            "utf-8" or "utf8" or "u8" or "utf" or "cp65001" => Encoding.UTF8,
            _ when normalized.StartsWith("utf-8-") => Encoding.UTF8,
            "latin-1" or "latin1" or "iso-8859-1" or "iso8859-1" or "8859" or "cp819" or "l1" or "latin" or "iso-latin-1" or "iso-ir-100" or "csisolatin1"
                => Encoding.Latin1,
            _ when normalized.StartsWith("latin-1-") || normalized.StartsWith("iso-8859-1-") => Encoding.Latin1,
            "cp1252" or "windows-1252" or "1252" => Encoding.GetEncoding(1252),
            "ascii" or "us-ascii" or "646" => Encoding.ASCII,
            _ => TryFramework(normalized),
        };
    }

    private static Encoding? TryFramework(string name)
    {
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
