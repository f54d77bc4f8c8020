using Shipshape.Model;

namespace Shipshape.Discovery.FrontEnds;

/// <summary>A heading: its level (1-6), its visible text and where it is.</summary>
public sealed record MarkdownHeading(int Level, string Text, Location Location);
