namespace Shipshape.Discovery;

/// <summary>A file discovery decided to read: where it is on disk and how the report names it.</summary>
public sealed record DiscoveredFile(ProjectFile File, string FullPath);
