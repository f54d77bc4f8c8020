using System.Text.RegularExpressions;
using Shipshape.Facts;

namespace Shipshape.Claims.Figures;

/// <summary>
/// "Requires uppercase letter", "must contain upper/lower/digit": the kinds of character a password
/// must contain. Compared with the password checks the code makes (<see cref="Facts.Python.PasswordRuleFact"/>);
/// when the code checks none at all, there is nothing to compare and the claim is left to its checks.
/// </summary>
public sealed partial record PasswordComplexityFigure(IReadOnlyList<string> Requirements) : ClaimFigure
{
    private static readonly (string Requirement, Regex Words)[] Kinds =
    [
        ("uppercase", Upper()), ("lowercase", Lower()), ("digit", Digit()), ("symbol", Symbol()),
    ];

    public override string TopicId => "password-policy";

    public static PasswordComplexityFigure? Read(string text)
    {
        if (!Requires().IsMatch(text)) return null;
        var required = Kinds.Where(k => k.Words.IsMatch(text)).Select(k => k.Requirement).ToList();
        return required.Count > 0 ? new(required) : null;
    }

    public override FigureComparison? CompareWith(ProjectFacts facts)
    {
        var rules = facts.Get(FactKeys.PasswordRules);
        if (rules.Count == 0) return null;
        var evidence = Requirements.Select(r => rules.FirstOrDefault(f => f.Requirement == r) is { } rule
            ? $"{rule.Location.Path}:{rule.Location.StartLine} {rule.Source} requires {Describe(r)}"
            : $"no password check requires {Describe(r)} (checked: {string.Join(", ", rules.Select(f => f.Requirement).Distinct().Order(StringComparer.Ordinal))})");
        return FigureComparison.Of(Requirements.All(r => rules.Any(f => f.Requirement == r)), this, evidence);
    }

    private static string Describe(string requirement) => requirement switch
    {
        "uppercase" => "an uppercase letter",
        "lowercase" => "a lowercase letter",
        "digit" => "a digit",
        _ => "a symbol",
    };

    public override string ToString() => $"passwords require {string.Join(", ", Requirements.Select(Describe))}";

    [GeneratedRegex(@"\brequir|\bmust\s+(?:contain|include|have)|\bat least one\b|\bwith\s+(?:an?\s+)?(?:upper|lower|digit|number|symbol)", RegexOptions.IgnoreCase)]
    private static partial Regex Requires();

    [GeneratedRegex(@"\bupper(?:-?case)?\b|\bcapital", RegexOptions.IgnoreCase)]
    private static partial Regex Upper();

    [GeneratedRegex(@"\blower(?:-?case)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Lower();

    [GeneratedRegex(@"\bdigits?\b|\bnumbers?\b|\bnumeric", RegexOptions.IgnoreCase)]
    private static partial Regex Digit();

    [GeneratedRegex(@"\bsymbols?\b|\bspecial characters?\b|\bpunctuation", RegexOptions.IgnoreCase)]
    private static partial Regex Symbol();
}
