using Shipshape.Model;

namespace Shipshape.Facts.Python;

/// <summary>
/// A rate limit as configured: <c>@limiter.limit("10 per minute")</c>, <c>default_limits=[...]</c>,
/// <c>RATELIMIT_DEFAULT</c>. <see cref="Count"/> and <see cref="Period"/> are parsed from the text
/// when it is one simple limit ("10 per minute", "5/minute", "100 per 1 hour"); null otherwise.
/// </summary>
/// <param name="Scope">"route", "default" or "application".</param>
public sealed record RateLimitFact(string Text, int? Count, string? Period, string Scope, Location Location)
{
    public override string ToString() => $"{Scope} limit '{Text}' at {Location}";

    /// <summary>Parses "10 per minute", "10/minute", "10 per 2 hours", "10/hour;100/day" (first part only).</summary>
    public static RateLimitFact Parse(string text, string scope, Location location)
    {
        var first = text.Split(';', ',')[0].Trim().ToLowerInvariant();
        var parts = first.Replace("/", " per ").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length >= 3 && int.TryParse(parts[0], out var count) && parts[1] == "per")
            return new(text, count, string.Join(' ', parts[2..]), scope, location);
        return new(text, null, null, scope, location);
    }
}
