namespace Shipshape.Discovery;

/// <summary>A file the scan read: its root-relative path (forward slashes), kind and size in bytes.</summary>
public sealed record ProjectFile(string Path, FileKind Kind, long Size);
