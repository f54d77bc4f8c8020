using System.Globalization;
using System.Text;

namespace Shipshape.Python.Ast.Json;

/// <summary>Formats a double as Python's <c>repr(float)</c>: shortest round-trip digits, Python's layout.</summary>
public static class PythonFloat
{
    public static string Repr(double value)
    {
        if (double.IsNaN(value))
        {
            return "nan";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "inf" : "-inf";
        }

        var (negative, digits, pointPosition) = ShortestDigits(value);
        var text = new StringBuilder(32);
        if (negative)
        {
            text.Append('-');
        }

        // Python's repr switches to exponent form when the value is below 1e-4 or at least 1e16
        // (the decimal point would sit before the 4th zero or after the 16th digit).
        if (pointPosition <= -4 || pointPosition > 16)
        {
            text.Append(digits[0]);
            if (digits.Length > 1)
            {
                text.Append('.').Append(digits, 1, digits.Length - 1);
            }

            var exponent = pointPosition - 1;
            text.Append('e').Append(exponent < 0 ? '-' : '+').Append(Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture));
        }
        else if (pointPosition <= 0)
        {
            text.Append("0.").Append('0', -pointPosition).Append(digits);
        }
        else if (pointPosition < digits.Length)
        {
            text.Append(digits, 0, pointPosition).Append('.').Append(digits, pointPosition, digits.Length - pointPosition);
        }
        else
        {
            text.Append(digits).Append('0', pointPosition - digits.Length).Append(".0");
        }

        return text.ToString();
    }

    /// <summary>
    /// The shortest digits that round-trip (from .NET's "R" format, which is shortest since .NET Core
    /// 3.0) and where the decimal point goes: value = 0.DIGITS × 10^pointPosition.
    /// </summary>
    private static (bool Negative, string Digits, int PointPosition) ShortestDigits(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        var negative = text.StartsWith('-');
        if (negative)
        {
            text = text[1..];
        }

        var exponent = 0;
        var e = text.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exponent = int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }

        var dot = text.IndexOf('.');
        var integerDigits = dot >= 0 ? dot : text.Length;
        var digits = dot >= 0 ? text.Remove(dot, 1) : text;
        var pointPosition = integerDigits + exponent;

        var leadingZeros = 0;
        while (leadingZeros < digits.Length - 1 && digits[leadingZeros] == '0')
        {
            leadingZeros++;
        }

        digits = digits[leadingZeros..].TrimEnd('0');
        pointPosition -= leadingZeros;
        if (digits.Length == 0)
        {
            // Zero: Python writes 0.0.
            return (negative, "0", 1);
        }

        return (negative, digits, pointPosition);
    }
}
