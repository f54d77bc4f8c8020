using System.Buffers;
using System.Globalization;
using System.Text;

namespace Shipshape.Python.Lexing;

public sealed partial class Lexer
{
    /// <summary>identifier | keyword | stringprefix string.</summary>
    private void LexNameOrPrefixedString()
    {
        int start = _pos;
        bool ascii = true;
        while (_pos < _src.Length)
        {
            char c = _src[_pos];
            if (IsAsciiIdentifierPart(c))
            {
                _pos++;
            }
            else if (c >= 0x80 && IsIdentifierPartAt(_pos, out int width))
            {
                ascii = false;
                _pos += width;
            }
            else
            {
                break;
            }
        }
        int length = _pos - start;
        if (ascii && length <= 2 && _pos < _src.Length && _src[_pos] is '"' or '\'')
        {
            var prefix = ParsePrefix(_src.AsSpan(start, length));
            if (prefix != StringPrefix.Invalid)
            {
                LexString(start, _pos, prefix);
                return;
            }
        }
        var kind = ascii ? Keywords.Classify(_src.AsSpan(start, length)) : TokenKind.Name;
        Add(kind, start, _pos);
    }

    private bool IsIdentifierStartAt(int index)
    {
        var rune = RuneAt(index, out int width);
        if (IsIdentifierStart(rune))
        {
            return true;
        }
        // Not a name: report CPython's "invalid character" and skip it as an error token.
        _lineHasTokens = true;
        if (Rune.IsControl(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format or UnicodeCategory.SpaceSeparator)
        {
            Error($"invalid non-printable character U+{rune.Value:X4}", index, index + width);
        }
        else
        {
            Error($"invalid character '{rune}' (U+{rune.Value:X4})", index, index + width);
        }
        Add(TokenKind.Error, index, index + width);
        _pos = index + width;
        return false;
    }

    private bool IsIdentifierPartAt(int index, out int width)
    {
        var rune = RuneAt(index, out width);
        return IsIdentifierPart(rune);
    }

    private Rune RuneAt(int index, out int width)
    {
        if (Rune.DecodeFromUtf16(_src.AsSpan(index), out var rune, out width) != OperationStatus.Done)
        {
            width = 1;
            return Rune.ReplacementChar;
        }
        return rune;
    }

    /// <summary>XID_Start, approximated from the general category as CPython's table derives it.</summary>
    internal static bool IsIdentifierStart(Rune rune)
    {
        if (rune.IsAscii)
        {
            return IsAsciiIdentifierStart((char)rune.Value);
        }
        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber => true,
            _ => IsOtherIdStart(rune.Value),
        };
    }

    /// <summary>XID_Continue: starts plus marks, digits and connector punctuation.</summary>
    internal static bool IsIdentifierPart(Rune rune)
    {
        if (rune.IsAscii)
        {
            return IsAsciiIdentifierPart((char)rune.Value);
        }
        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber
                or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation => true,
            _ => IsOtherIdStart(rune.Value) || rune.Value is 0x00B7 or 0x0387 or (>= 0x1369 and <= 0x1371) or 0x19DA,
        };
    }

    /// <summary>Other_ID_Start (PropList.txt).</summary>
    private static bool IsOtherIdStart(int value) => value is 0x1885 or 0x1886 or 0x2118 or 0x212E or 0x309B or 0x309C;

    private static StringPrefix ParsePrefix(ReadOnlySpan<char> text)
    {
        var prefix = StringPrefix.None;
        foreach (char c in text)
        {
            var flag = char.ToLowerInvariant(c) switch
            {
                'r' => StringPrefix.Raw,
                'b' => StringPrefix.Bytes,
                'u' => StringPrefix.Unicode,
                'f' => StringPrefix.Format,
                _ => StringPrefix.Invalid,
            };
            if (flag == StringPrefix.Invalid || (prefix & flag) != 0)
            {
                return StringPrefix.Invalid;
            }
            prefix |= flag;
        }
        bool valid = prefix is StringPrefix.Raw or StringPrefix.Bytes or StringPrefix.Unicode or StringPrefix.Format
            or (StringPrefix.Raw | StringPrefix.Bytes) or (StringPrefix.Raw | StringPrefix.Format);
        return valid ? prefix : StringPrefix.Invalid;
    }
}

/// <summary>The letters of a string prefix.</summary>
[Flags]
public enum StringPrefix : byte
{
    None = 0,
    Raw = 1,
    Bytes = 2,
    Unicode = 4,
    Format = 8,
    Invalid = 128,
}
