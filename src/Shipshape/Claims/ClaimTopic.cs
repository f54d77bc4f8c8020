using System.Text.RegularExpressions;

namespace Shipshape.Claims;

/// <summary>One entry of the <see cref="ClaimLexicon"/>: what a claim is about and which checks decide it.</summary>
/// <param name="Id">Short name shown in evidence ("csrf").</param>
/// <param name="Keywords">Case-insensitive patterns; any match selects the topic.</param>
/// <param name="RuleIds">The checks that decide claims on this topic.</param>
/// <param name="Kind">Checked, runtime-only or organisational.</param>
public sealed record ClaimTopic(string Id, IReadOnlyList<string> Keywords, IReadOnlyList<string> RuleIds, TopicKind Kind = TopicKind.Checked)
{
    private readonly Regex _pattern = new(string.Join('|', Keywords.Select(k => $"(?:{k})")), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public bool Matches(string text) => _pattern.IsMatch(text);
}
