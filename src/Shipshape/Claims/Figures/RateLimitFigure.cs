using System.Text.RegularExpressions;
using Shipshape.Facts;
using Shipshape.Facts.Python;

namespace Shipshape.Claims.Figures;

/// <summary>
/// "Login: 10 attempts per minute": <see cref="Subject"/> is what it applies to ("Login"), or "".
/// Compared with the limiter decorator of the route the subject names (the view itself before
/// anything under its path), else with the default limits (<c>default_limits</c>, <c>RATELIMIT_DEFAULT</c>).
/// </summary>
public sealed partial record RateLimitFigure(int Count, string Period, string Subject) : ClaimFigure
{
    /// <summary>What a claim's subject ("Login", "Registration") looks like in route paths and handler names.</summary>
    private static readonly (string Subject, string[] RouteWords)[] Subjects =
    [
        ("login", ["login", "signin", "sign_in", "token"]),
        ("sign in", ["login", "signin", "sign_in", "token"]),
        ("regist", ["register", "signup", "sign_up"]),
        ("sign up", ["register", "signup", "sign_up"]),
        ("signup", ["register", "signup", "sign_up"]),
        ("oauth", ["oauth", "google", "callback", "authorize"]),
        ("reset", ["reset", "forgot"]),
        ("api", ["api"]),
    ];

    /// <summary>Flask-Limiter's settings for the limits every route gets.</summary>
    private static readonly string[] DefaultLimitSettings = ["RATELIMIT_DEFAULT", "RATELIMIT_APPLICATION"];

    public override string TopicId => "rate-limiting";

    public static RateLimitFigure? Read(string text)
    {
        var rate = Pattern().Match(text);
        if (!rate.Success) return null;
        var subject = text[..rate.Index].Split(':')[0].Trim().TrimEnd(':').Trim();
        return new(int.Parse(rate.Groups["count"].Value), NormalizePeriod(rate.Groups["period"].Value), subject);
    }

    /// <summary>"minute", "hour", "day" or "second", whichever abbreviation the text used.</summary>
    public static string NormalizePeriod(string written) => written.ToLowerInvariant() switch
    {
        var p when p.StartsWith("sec", StringComparison.Ordinal) => "second",
        var p when p.StartsWith("min", StringComparison.Ordinal) => "minute",
        var p when p.StartsWith('h') => "hour",
        _ => "day",
    };

    public override FigureComparison? CompareWith(ProjectFacts facts)
    {
        var subject = Subject.ToLowerInvariant();
        var words = Subjects.Where(s => subject.Contains(s.Subject, StringComparison.Ordinal)).SelectMany(s => s.RouteWords).ToList();
        var named = facts.Get(FactKeys.Routes)
            .Where(r => words.Any(w => r.Path.Contains(w, StringComparison.OrdinalIgnoreCase) || r.Handler.Contains(w, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        // "Login" is the login view itself when there is one, not every route under /login/…
        var exact = named.Where(r => words.Any(w => string.Equals(r.Handler, w, StringComparison.OrdinalIgnoreCase)
            || string.Equals(r.Path.TrimEnd('/').Split('/')[^1], w, StringComparison.OrdinalIgnoreCase))).ToList();
        var limits = (exact.Count > 0 ? exact : named)
            .SelectMany(r => r.RateLimits.Select(l => (Limit: l, Where: $"{r.Handler} ({r.Path})")))
            .Where(p => p.Limit.Count is not null)
            .ToList();
        // A subject with no limited route (or no subject) is governed by the default limits.
        if (limits.Count == 0 && (words.Count == 0 || words.Contains("api"))) limits = DefaultLimits(facts);
        if (limits.Count == 0) return null;
        var agrees = limits.Any(p => p.Limit.Count == Count && p.Limit.Period is { } period && NormalizePeriod(period.Split(' ')[^1]) == Period);
        return FigureComparison.Of(agrees, this, limits.Select(p => $"{p.Limit.Location.Path}:{p.Limit.Location.StartLine} {p.Where} is limited to '{p.Limit.Text}'"));
    }

    private static List<(RateLimitFact Limit, string Where)> DefaultLimits(ProjectFacts facts)
    {
        var limits = facts.Get(FactKeys.RateLimits).Where(l => l.Scope != "route").Select(l => (Limit: l, Where: $"{l.Scope} limits")).ToList();
        foreach (var setting in ConfiguredValue.Settings(facts, name => DefaultLimitSettings.Contains(name)))
        {
            if (setting.Value.AsString is not { } text) continue;
            limits.Add((RateLimitFact.Parse(text, "default", setting.Value.Location), $"{setting.Name} (default limits)"));
        }
        return limits.Where(p => p.Limit.Count is not null).ToList();
    }

    public override string ToString() => $"{Count} per {Period}";

    [GeneratedRegex(@"(?<count>\d+)\s*(?:attempts?|requests?|calls?|tries|logins?)?\s*(?:per|/|every)\s*(?:1\s*)?(?<period>seconds?|sec|minutes?|min|hours?|hr|h|days?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
