using System.Text.RegularExpressions;

namespace Shipshape.Claims;

/// <summary>A figure stated in a claim that configuration can confirm or contradict.</summary>
public abstract partial record ClaimFigure
{
    /// <summary>The figure in <paramref name="text"/>, or null when it states none this tool can compare.</summary>
    public static ClaimFigure? Parse(string text)
    {
        var rate = RatePattern().Match(text);
        if (rate.Success)
        {
            var subject = text[..rate.Index].Split(':')[0].Trim().TrimEnd(':').Trim();
            return new RateLimitFigure(int.Parse(rate.Groups["count"].Value), NormalizePeriod(rate.Groups["period"].Value), subject);
        }
        var length = MinimumLengthPattern().Match(text);
        return length.Success ? new MinimumLengthFigure(int.Parse(length.Groups["n"].Value)) : null;
    }

    /// <summary>"minute", "hour", "day" or "second", whichever abbreviation the text used.</summary>
    public static string NormalizePeriod(string written) => written.ToLowerInvariant() switch
    {
        var p when p.StartsWith("sec", StringComparison.Ordinal) => "second",
        var p when p.StartsWith("min", StringComparison.Ordinal) => "minute",
        var p when p.StartsWith("h", StringComparison.Ordinal) => "hour",
        _ => "day",
    };

    [GeneratedRegex(@"(?<count>\d+)\s*(?:attempts?|requests?|calls?|tries|logins?)?\s*(?:per|/|every)\s*(?:1\s*)?(?<period>seconds?|sec|minutes?|min|hours?|hr|h|days?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RatePattern();

    [GeneratedRegex(@"(?:minimum(?:\s+of)?|at least|min\.?)\s+(?<n>\d+)\s*(?:characters|chars)|(?<n>\d+)[- ]character(?:s)?\s+minimum", RegexOptions.IgnoreCase)]
    private static partial Regex MinimumLengthPattern();
}

/// <summary>"Login: 10 attempts per minute": <see cref="Subject"/> is what it applies to ("Login"), or "".</summary>
public sealed record RateLimitFigure(int Count, string Period, string Subject) : ClaimFigure
{
    public override string ToString() => $"{Count} per {Period}";
}

/// <summary>"Minimum 8 characters" for passwords.</summary>
public sealed record MinimumLengthFigure(int Length) : ClaimFigure
{
    public override string ToString() => $"minimum {Length} characters";
}
