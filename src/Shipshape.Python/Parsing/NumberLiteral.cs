using System.Globalization;
using System.Numerics;
using Shipshape.Python.Ast;

namespace Shipshape.Python.Parsing;

/// <summary>The value of a NUMBER token (already validated by the lexer).</summary>
internal static class NumberLiteral
{
    public static ConstantValue Parse(ReadOnlySpan<char> text)
    {
        Span<char> buffer = text.Length <= 64 ? stackalloc char[text.Length] : new char[text.Length];
        int length = 0;
        foreach (char c in text)
        {
            if (c != '_')
            {
                buffer[length++] = c;
            }
        }
        var digits = buffer[..length];
        if (digits.Length == 0)
        {
            return new ConstantValue.IntValue(BigInteger.Zero);
        }
        char last = digits[^1];
        if (last is 'j' or 'J')
        {
            return new ConstantValue.ComplexValue(ParseDouble(digits[..^1]));
        }
        if (digits.Length > 1 && digits[0] == '0' && char.ToLowerInvariant(digits[1]) is 'x' or 'o' or 'b')
        {
            int radix = char.ToLowerInvariant(digits[1]) switch { 'x' => 16, 'o' => 8, _ => 2 };
            return new ConstantValue.IntValue(ParseRadix(digits[2..], radix));
        }
        if (digits.IndexOfAny('.', 'e', 'E') >= 0)
        {
            return new ConstantValue.FloatValue(ParseDouble(digits));
        }
        if (digits.Length <= 18 && long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out long small))
        {
            return new ConstantValue.IntValue(small);
        }
        return new ConstantValue.IntValue(BigInteger.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var big) ? big : BigInteger.Zero);
    }

    private static double ParseDouble(ReadOnlySpan<char> digits) =>
        double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) ? value : 0;

    private static BigInteger ParseRadix(ReadOnlySpan<char> digits, int radix)
    {
        if (digits.Length <= 15)
        {
            long small = 0;
            foreach (char c in digits)
            {
                small = small * radix + DigitValue(c);
            }
            return small;
        }
        var value = BigInteger.Zero;
        foreach (char c in digits)
        {
            value = value * radix + DigitValue(c);
        }
        return value;
    }

    private static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => 0,
    };
}
