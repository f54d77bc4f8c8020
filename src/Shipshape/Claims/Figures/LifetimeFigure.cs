using System.Text.RegularExpressions;
using Shipshape.Facts;
using Shipshape.Facts.Python;

namespace Shipshape.Claims.Figures;

/// <summary>
/// "30-day session lifetime", "access tokens expire after 30 minutes": how long a session, a
/// remember-me cookie or a token lasts. Compared with the settings for that subject
/// (<c>PERMANENT_SESSION_LIFETIME</c>, <c>SESSION_COOKIE_AGE</c>; <c>REMEMBER_COOKIE_DURATION</c>;
/// <c>JWT_ACCESS_TOKEN_EXPIRES</c>, <c>ACCESS_TOKEN_EXPIRE_MINUTES</c>; the refresh equivalents): a
/// <c>timedelta</c>, a number in the unit the name ends with, else seconds (as Flask and Django read them).
/// </summary>
public sealed partial record LifetimeFigure(TimeSpan Lifetime, LifetimeSubject Subject) : ClaimFigure
{
    public override string TopicId => Subject is LifetimeSubject.AccessToken or LifetimeSubject.RefreshToken ? "jwt" : "session-cookies";

    public static LifetimeFigure? Read(string text)
    {
        if (!Lasting().IsMatch(text) || FigureText.Durations(text) is not [var lifetime, ..]) return null;
        LifetimeSubject? subject = text switch
        {
            _ when Refresh().IsMatch(text) => LifetimeSubject.RefreshToken,
            _ when Token().IsMatch(text) => LifetimeSubject.AccessToken,
            _ when Remember().IsMatch(text) => LifetimeSubject.RememberCookie,
            _ when Session().IsMatch(text) => LifetimeSubject.Session,
            _ => null,
        };
        return subject is { } known ? new(lifetime, known) : null;
    }

    public override FigureComparison? CompareWith(ProjectFacts facts)
    {
        var settings = ConfiguredValue.Settings(facts, Names)
            .Select(s => (Setting: s, Lasts: s.AsDuration(DurationUnits.OfSettingName(s.Name) ?? "seconds")))
            .Where(s => s.Lasts is not null).ToList();
        if (settings.Count == 0) return null;
        return FigureComparison.Of(settings.Any(s => s.Lasts == Lifetime), this,
            settings.Select(s => s.Setting.Where($"{s.Setting.Shown}{(s.Setting.Value is PythonValue.Duration ? "" : $" ({FigureText.Describe(s.Lasts!.Value)})")}")));
    }

    private bool Names(string name)
    {
        var upper = name.ToUpperInvariant();
        var lasting = upper.Contains("EXPIRE", StringComparison.Ordinal) || upper.Contains("LIFETIME", StringComparison.Ordinal)
            || upper.Contains("TTL", StringComparison.Ordinal) || upper.Contains("DURATION", StringComparison.Ordinal) || upper.EndsWith("_AGE", StringComparison.Ordinal);
        return Subject switch
        {
            LifetimeSubject.Session => upper is "PERMANENT_SESSION_LIFETIME" or "SESSION_COOKIE_AGE" or "SESSION_LIFETIME",
            LifetimeSubject.RememberCookie => upper is "REMEMBER_COOKIE_DURATION",
            LifetimeSubject.RefreshToken => lasting && upper.Contains("REFRESH", StringComparison.Ordinal),
            _ => lasting && upper.Contains("ACCESS", StringComparison.Ordinal) && (upper.Contains("TOKEN", StringComparison.Ordinal) || upper.StartsWith("JWT", StringComparison.Ordinal)),
        };
    }

    public override string ToString() => $"{Subject switch
    {
        LifetimeSubject.Session => "sessions",
        LifetimeSubject.RememberCookie => "remember-me cookies",
        LifetimeSubject.AccessToken => "access tokens",
        _ => "refresh tokens",
    }} last {FigureText.Describe(Lifetime)}";

    [GeneratedRegex(@"lifetime|expir|timeout|duration|valid for|\blasts?\b|\bttl\b|max[- ]age", RegexOptions.IgnoreCase)]
    private static partial Regex Lasting();

    [GeneratedRegex(@"refresh[- ]token", RegexOptions.IgnoreCase)]
    private static partial Regex Refresh();

    [GeneratedRegex(@"\bjwt|access[- ]token|\btokens?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Token();

    [GeneratedRegex(@"remember", RegexOptions.IgnoreCase)]
    private static partial Regex Remember();

    [GeneratedRegex(@"session", RegexOptions.IgnoreCase)]
    private static partial Regex Session();
}

/// <summary>What a lifetime in a claim is the lifetime of.</summary>
public enum LifetimeSubject
{
    Session,
    RememberCookie,
    AccessToken,
    RefreshToken,
}
