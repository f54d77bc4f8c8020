namespace Shipshape.Baselines;

/// <summary>How many findings with this fingerprint are known and accepted (rule and path for readers).</summary>
public sealed record BaselineEntry(string Fingerprint, string Rule, string? Path, int Count);
