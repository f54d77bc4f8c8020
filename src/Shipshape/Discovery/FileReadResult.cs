namespace Shipshape.Discovery;

/// <summary>A file's decoded text, or why it was not read (a <see cref="Model.SkipReasons"/> value).</summary>
/// <param name="Text">The text, when read.</param>
/// <param name="SkipReason">Why not, when skipped.</param>
/// <param name="Warning">Something worth telling about a file that was read (e.g. invalid UTF-8 replaced).</param>
public sealed record FileReadResult(string? Text, string? SkipReason, string? Warning);
