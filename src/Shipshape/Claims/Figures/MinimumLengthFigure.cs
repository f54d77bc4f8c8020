using System.Text.RegularExpressions;
using Shipshape.Facts;

namespace Shipshape.Claims.Figures;

/// <summary>
/// "Minimum 8 characters" for passwords: compared with the validator's figure (<c>Length(min=…)</c>)
/// and with configuration settings that name one (<c>PASSWORD_MIN_LENGTH</c>).
/// </summary>
public sealed partial record MinimumLengthFigure(int Length) : ClaimFigure
{
    public override string TopicId => "password-policy";

    public static MinimumLengthFigure? Read(string text)
    {
        var length = Pattern().Match(text);
        return length.Success ? new(int.Parse(length.Groups["n"].Value)) : null;
    }

    public override FigureComparison? CompareWith(ProjectFacts facts)
    {
        var minimums = facts.Get(FactKeys.PasswordPolicies)
            .Select(p => (Length: (long)p.MinLength, Where: $"{p.Location.Path}:{p.Location.StartLine} requires at least {p.MinLength} characters ({p.Source})"))
            .Concat(facts.Get(FactKeys.ConfigValues)
                .Where(c => c.Name.Contains("PASSWORD", StringComparison.OrdinalIgnoreCase) && c.Name.Contains("LENGTH", StringComparison.OrdinalIgnoreCase)
                    && c.Value.AsInteger is not null)
                .Select(c => (Length: (long)c.Value.AsInteger!.Value, Where: $"{c.Location.Path}:{c.Location.StartLine} sets {c.Name} = {c.Value.AsInteger}")))
            .ToList();
        if (minimums.Count == 0) return null;
        return FigureComparison.Of(minimums.Any(m => m.Length == Length), this, minimums.Select(m => m.Where));
    }

    public override string ToString() => $"minimum {Length} characters";

    [GeneratedRegex(@"(?:minimum(?:\s+of)?|at least|min\.?)\s+(?<n>\d+)\s*(?:characters|chars)|(?<n>\d+)[- ]character(?:s)?\s+minimum", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
