namespace Shipshape.Suppressions;

/// <summary>A <c># shipshape: ignore[ID1,ID2] reason</c> comment on a 1-based line.</summary>
public sealed record SuppressionComment(int Line, IReadOnlyList<string> RuleIds, string Reason)
{
    /// <summary>A comment suppresses findings that start on its own line or on the line below it.</summary>
    public bool Covers(int findingLine, string ruleId) =>
        (findingLine == Line || findingLine == Line + 1) && RuleIds.Contains(ruleId, StringComparer.OrdinalIgnoreCase);
}
