namespace Shipshape.Model;

/// <summary>A file or folder the scan did not read, and why (see <see cref="SkipReasons"/>).</summary>
public sealed record SkippedFile(string Path, string Reason);
