using Shipshape.Facts;
using Shipshape.Facts.Python;

namespace Shipshape.Claims;

/// <summary>
/// Compares a figure a report claims with the one the code configures: a route's limiter decorator
/// (or the default limits), a password field's minimum length. Null when the code states no figure
/// to compare with, so the claim is left to its checks.
/// </summary>
public static class FigureComparer
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

    public static FigureComparison? Compare(ClaimFigure? figure, ProjectFacts facts) => figure switch
    {
        RateLimitFigure rate => CompareRate(rate, facts),
        MinimumLengthFigure length => CompareLength(length, facts),
        _ => null,
    };

    private static FigureComparison? CompareRate(RateLimitFigure claimed, ProjectFacts facts)
    {
        var subject = claimed.Subject.ToLowerInvariant();
        var words = Subjects.Where(s => subject.Contains(s.Subject, StringComparison.Ordinal)).SelectMany(s => s.RouteWords).ToList();
        var limits = words.Count == 0 ? [] : facts.Get(FactKeys.Routes)
            .Where(r => words.Any(w => r.Path.Contains(w, StringComparison.OrdinalIgnoreCase) || r.Handler.Contains(w, StringComparison.OrdinalIgnoreCase)))
            .SelectMany(r => r.RateLimits.Select(l => (Limit: l, Where: $"{r.Handler} ({r.Path})")))
            .Where(p => p.Limit.Count is not null)
            .ToList();
        // A subject with no limited route (or no subject) is governed by the default limits.
        if (limits.Count == 0 && (words.Count == 0 || words.Contains("api")))
        {
            limits = facts.Get(FactKeys.RateLimits).Where(l => l.Scope != "route" && l.Count is not null)
                .Select(l => (Limit: l, Where: $"{l.Scope} limits")).ToList();
        }
        if (limits.Count == 0) return null;
        var agrees = limits.Any(p => p.Limit.Count == claimed.Count && p.Limit.Period is { } period && ClaimFigure.NormalizePeriod(period.Split(' ')[^1]) == claimed.Period);
        return new(agrees, [$"report says {claimed}", .. limits.Select(p => $"{p.Limit.Location.Path}:{p.Limit.Location.StartLine} {p.Where} is limited to '{p.Limit.Text}'")]);
    }

    private static FigureComparison? CompareLength(MinimumLengthFigure claimed, ProjectFacts facts)
    {
        var policies = facts.Get(FactKeys.PasswordPolicies);
        if (policies.Count == 0) return null;
        return new(policies.Any(p => p.MinLength == claimed.Length),
            [$"report says {claimed}", .. policies.Select(p => $"{p.Location.Path}:{p.Location.StartLine} requires at least {p.MinLength} characters ({p.Source})")]);
    }
}
