using System.Collections.Immutable;
using Shipshape.Model;

namespace Shipshape.Discovery.FrontEnds;

/// <summary>
/// A code block (<paramref name="IsInline"/> false: each line with its location; <paramref name="Language"/>
/// is the fence's info string, lower-case, or null) or an inline code span (one line).
/// </summary>
/// <param name="Section">The text of the heading it sits under, or null before the first heading.</param>
public sealed record MarkdownCode(string? Language, bool IsInline, ImmutableArray<MarkdownCodeLine> Lines, string? Section);

/// <summary>One line of code and where it is.</summary>
public sealed record MarkdownCodeLine(string Text, Location Location);
