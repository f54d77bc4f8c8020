using System.Text.RegularExpressions;
using Shipshape.Facts;
using Shipshape.Facts.Python;

namespace Shipshape.Claims.Figures;

/// <summary>
/// "5 attempts = 15-min lockout": the failed attempts that lock an account and how long it stays
/// locked (either may be missing). Compared with the code that locks: the comparison of the
/// failed-attempt counter (<c>failed_login_attempts >= settings.LOCKOUT_THRESHOLD</c>) and the
/// lock-until time (<c>now + timedelta(minutes=settings.LOCKOUT_MINUTES)</c>), settings resolved.
/// </summary>
public sealed partial record LockoutFigure(int? Attempts, TimeSpan? Duration) : ClaimFigure
{
    public override string TopicId => "lockout";

    public static LockoutFigure? Read(string text)
    {
        if (!Lock().IsMatch(text)) return null;
        var attempts = AttemptsPattern().Match(text);
        var duration = FigureText.Durations(text);
        if (!attempts.Success && duration.Count == 0) return null;
        return new(attempts.Success ? int.Parse(attempts.Groups["n"].Value) : null, duration.Count > 0 ? duration[0] : null);
    }

    public override FigureComparison? CompareWith(ProjectFacts facts)
    {
        var figures = facts.Get(FactKeys.LockoutFigures);
        var evidence = new List<string>();
        var compared = false;
        var agrees = true;
        if (Attempts is { } attempts)
        {
            var thresholds = figures.Where(f => f.Kind == LockoutFigureKind.Threshold)
                .Select(f => (Fact: f, Value: ConfiguredValue.Of(f.Figure, facts)))
                .Where(p => p.Value?.AsInteger is not null).ToList();
            if (thresholds.Count > 0)
            {
                compared = true;
                // `> 5` locks at the sixth failure.
                agrees &= thresholds.Any(t => t.Value!.AsInteger + (t.Fact.Figure.Name == ">" ? 1 : 0) == attempts);
                evidence.AddRange(thresholds.Select(t => $"{Site(t.Fact)} locks when the failed-attempt count {t.Fact.Figure.Name} {t.Value!.AsInteger}{t.Value.Origin}"));
            }
        }
        if (Duration is { } duration)
        {
            var durations = figures.Where(f => f.Kind == LockoutFigureKind.Duration)
                .Select(f => (Fact: f, Value: ConfiguredValue.Of(f.Figure, facts)))
                .Select(p => (p.Fact, p.Value, Span: p.Value?.AsDuration(p.Fact.Figure.Name)))
                .Where(p => p.Span is not null).ToList();
            if (durations.Count > 0)
            {
                compared = true;
                agrees &= durations.Any(d => d.Span == duration);
                evidence.AddRange(durations.Select(d => $"{Site(d.Fact)} locks for {FigureText.Describe(d.Span!.Value)}{d.Value!.Origin}"));
            }
        }
        return compared ? FigureComparison.Of(agrees, this, evidence) : null;
    }

    private static string Site(LockoutFigureFact fact) => $"{fact.Location.Path}:{fact.Location.StartLine}";

    public override string ToString() => (Attempts, Duration) switch
    {
        ({ } a, { } d) => $"lockout after {a} failed attempts for {FigureText.Describe(d)}",
        ({ } a, null) => $"lockout after {a} failed attempts",
        _ => $"lockout for {FigureText.Describe(Duration!.Value)}",
    };

    [GeneratedRegex(@"\block(?:out|ed)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Lock();

    [GeneratedRegex(@"(?<n>\d+)\s*(?:failed\s+)?(?:login\s+)?(?:attempts?|tries|failures|failed logins?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AttemptsPattern();
}
