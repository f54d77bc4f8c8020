namespace Shipshape.Model;

/// <summary>Why a finding does not count: an inline comment, or an entry of the baseline file.</summary>
public enum SuppressionKind
{
    Inline,
    Baseline,
}
