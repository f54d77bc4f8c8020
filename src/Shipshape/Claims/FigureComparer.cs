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
        // The validator's figure (Length(min=…)), else a configuration setting that names one.
        var minimums = facts.Get(FactKeys.PasswordPolicies)
            .Select(p => (Length: (long)p.MinLength, Where: $"{p.Location.Path}:{p.Location.StartLine} requires at least {p.MinLength} characters ({p.Source})"))
            .Concat(facts.Get(FactKeys.ConfigValues)
                .Where(c => c.Name.Contains("PASSWORD", StringComparison.OrdinalIgnoreCase) && c.Name.Contains("LENGTH", StringComparison.OrdinalIgnoreCase)
                    && c.Value.AsInteger is not null)
                .Select(c => (Length: (long)c.Value.AsInteger!.Value, Where: $"{c.Location.Path}:{c.Location.StartLine} sets {c.Name} = {c.Value.AsInteger}")))
            .ToList();
        if (minimums.Count == 0) return null;
        return new(minimums.Any(m => m.Length == claimed.Length), [$"report says {claimed}", .. minimums.Select(m => m.Where)]);
    }
}
