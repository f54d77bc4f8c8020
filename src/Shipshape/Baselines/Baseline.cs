using Shipshape.Model;

namespace Shipshape.Baselines;

/// <summary>Findings already known, by fingerprint and count (file schema "shipshape/baseline@1").</summary>
public sealed record Baseline(string Schema, IReadOnlyList<BaselineEntry> Findings)
{
    public const string SchemaId = "shipshape/baseline@1";

    /// <summary>The baseline of a scan: every finding not suppressed inline, counted per fingerprint.</summary>
    public static Baseline From(IEnumerable<Finding> findings) => new(SchemaId,
        findings.Where(f => f.Suppression?.Kind != SuppressionKind.Inline)
            .GroupBy(f => f.Fingerprint)
            .Select(g => new BaselineEntry(g.Key, g.First().RuleId, g.First().Location?.Path, g.Count()))
            .OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.Rule, StringComparer.Ordinal)
            .ThenBy(e => e.Fingerprint, StringComparer.Ordinal)
            .ToList());
}
