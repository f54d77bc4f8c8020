using System.Text.RegularExpressions;

namespace Shipshape.Claims;

/// <summary>One entry of the <see cref="ClaimLexicon"/>: what a claim is about and which checks decide it.</summary>
/// <param name="Id">Short name shown in evidence ("csrf").</param>
/// <param name="Keywords">Case-insensitive patterns; any match selects the topic.</param>
/// <param name="RuleIds">The checks that decide claims on this topic; "SEC*" stands for every check of that prefix.</param>
/// <param name="Kind">Checked, a judgement, runtime-only, organisational or unchecked.</param>
/// <param name="Note">For judgements and unchecked topics, what no check can tell ("'bank-level' is a judgement").</param>
public sealed record ClaimTopic(string Id, IReadOnlyList<string> Keywords, IReadOnlyList<string> RuleIds, TopicKind Kind = TopicKind.Checked, string? Note = null)
{
    private readonly Regex _pattern = new(string.Join('|', Keywords.Select(k => $"(?:{k})")), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public bool Matches(string text) => _pattern.IsMatch(text);

    /// <summary>True when the check <paramref name="ruleId"/> decides claims on this topic.</summary>
    public bool Decides(string ruleId) =>
        RuleIds.Any(id => id.EndsWith('*')
            ? ruleId.Length >= id.Length && ruleId.StartsWith(id[..^1], StringComparison.Ordinal) && char.IsDigit(ruleId[id.Length - 1])
            : id == ruleId);
}
