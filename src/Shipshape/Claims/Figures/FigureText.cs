using System.Globalization;
using System.Text.RegularExpressions;

namespace Shipshape.Claims.Figures;

/// <summary>Reads the durations and sizes reports write ("15-min", "1 hour", "30-day", "10MB") and writes them back for evidence.</summary>
public static partial class FigureText
{
    private static readonly (string Prefix, TimeSpan Unit)[] Units =
    [
        ("sec", TimeSpan.FromSeconds(1)), ("min", TimeSpan.FromMinutes(1)), ("h", TimeSpan.FromHours(1)),
        ("day", TimeSpan.FromDays(1)), ("week", TimeSpan.FromDays(7)),
    ];

    /// <summary>Every duration in <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<TimeSpan> Durations(string text) =>
        DurationPattern().Matches(text).Select(m => Units.First(u => m.Groups["unit"].Value.StartsWith(u.Prefix, StringComparison.OrdinalIgnoreCase)).Unit
            * double.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture)).ToList();

    /// <summary>The first size in <paramref name="text"/> ("10MB", "5 MB", "16 MiB"), or null.</summary>
    public static ByteSize? Size(string text)
    {
        var match = SizePattern().Match(text);
        if (!match.Success) return null;
        var unit = match.Groups["unit"].Value.ToUpperInvariant();
        var power = unit.StartsWith('K') ? 1 : unit.StartsWith('M') ? 2 : unit.StartsWith('G') ? 3 : 0;
        return new ByteSize(double.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture), power, unit == "BYTES" ? "bytes" : match.Groups["unit"].Value);
    }

    /// <summary>"15 minutes", "1 hour", "30 days", "90 seconds".</summary>
    public static string Describe(TimeSpan span)
    {
        var (amount, unit) = span switch
        {
            { TotalDays: >= 1 } when span.TotalDays % 1 == 0 => (span.TotalDays, "day"),
            { TotalHours: >= 1 } when span.TotalHours % 1 == 0 => (span.TotalHours, "hour"),
            { TotalMinutes: >= 1 } when span.TotalMinutes % 1 == 0 => (span.TotalMinutes, "minute"),
            _ => (span.TotalSeconds, "second"),
        };
        return string.Create(CultureInfo.InvariantCulture, $"{amount:0.###} {unit}{(amount == 1 ? "" : "s")}");
    }

    /// <summary>"10 MB" for 10485760 bytes; whole kilobytes or bytes below a megabyte.</summary>
    public static string DescribeBytes(long bytes) => bytes switch
    {
        >= 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.##} MB"),
        >= 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.##} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
    };

    [GeneratedRegex(@"(?<n>\d+(?:\.\d+)?)\s*-?\s*(?<unit>sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|weeks?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DurationPattern();

    [GeneratedRegex(@"(?<n>\d+(?:\.\d+)?)\s*(?<unit>[KMG]i?B|bytes)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SizePattern();
}

/// <summary>A size as a report writes it: <see cref="Amount"/> × 1024^<see cref="Power"/> (or 1000^), "10MB" is (10, 2).</summary>
public sealed record ByteSize(double Amount, int Power, string Written)
{
    /// <summary>True when <paramref name="bytes"/> is this size in binary or decimal units ("10MB" is 10485760 or 10000000).</summary>
    public bool Matches(long bytes) =>
        Math.Abs(bytes - Amount * Math.Pow(1024, Power)) < 1 || Math.Abs(bytes - Amount * Math.Pow(1000, Power)) < 1;

    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Amount:0.##} {Written}");
}
