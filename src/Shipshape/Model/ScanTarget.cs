namespace Shipshape.Model;

/// <summary>What was audited: a path as the user gave it, a URL, or both.</summary>
public sealed record ScanTarget(string? Path, string? Url);
