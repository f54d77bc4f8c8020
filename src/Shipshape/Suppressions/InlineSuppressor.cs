using Shipshape.Model;

namespace Shipshape.Suppressions;

/// <summary>Marks findings covered by a suppression comment in their file as suppressed, keeping the reason.</summary>
public static class InlineSuppressor
{
    public static IReadOnlyList<Finding> Apply(IReadOnlyList<Finding> findings,
        IReadOnlyDictionary<string, IReadOnlyList<SuppressionComment>> commentsByPath)
    {
        return findings.Select(finding =>
        {
            if (finding.Suppression is not null || finding.Location is not { } location) return finding;
            if (!commentsByPath.TryGetValue(location.Path, out var comments)) return finding;
            var comment = comments.FirstOrDefault(c => c.Covers(location.StartLine, finding.RuleId));
            return comment is null ? finding : finding with { Suppression = new(SuppressionKind.Inline, comment.Reason) };
        }).ToList();
    }
}
