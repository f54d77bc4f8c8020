namespace Shipshape.Scanning;

/// <summary>How far the per-file pass is.</summary>
public readonly record struct ScanProgress(int Done, int Total);
