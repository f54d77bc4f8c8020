using Shipshape.Model;

namespace Shipshape.Discovery.FrontEnds;

/// <summary>A link (not an image): its visible text, its target as written, and the heading it sits under.</summary>
public sealed record MarkdownLink(string Text, string Target, string? Section, Location Location);
