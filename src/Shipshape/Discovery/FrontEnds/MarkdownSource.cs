using System.Collections.Immutable;
using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Shipshape.Model;
using Shipshape.Rules;

namespace Shipshape.Discovery.FrontEnds;

/// <summary>
/// A Markdown file as rules and collectors see it: its headings, its code (fenced and indented blocks
/// line by line, and inline code spans) and its links, each with the heading it sits under and its
/// location. Markdig decides the structure, so a <c>#</c> inside a code block is never a heading.
/// </summary>
public sealed record MarkdownSource(
    ImmutableArray<MarkdownHeading> Headings,
    ImmutableArray<MarkdownCode> Code,
    ImmutableArray<MarkdownLink> Links) : IParsedFile<MarkdownSource>
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    public static MarkdownSource Parse(FileContext file)
    {
        var document = Markdown.Parse(file.Text, Pipeline);
        var headings = ImmutableArray.CreateBuilder<MarkdownHeading>();
        var code = ImmutableArray.CreateBuilder<MarkdownCode>();
        var links = ImmutableArray.CreateBuilder<MarkdownLink>();
        MarkdownHeading? section = null;
        foreach (var block in document.Descendants<Block>())
        {
            switch (block)
            {
                case HeadingBlock heading:
                    section = new MarkdownHeading(heading.Level, heading.Inline is null ? "" : TextOf(heading.Inline), LocationOf(file, heading.Span));
                    headings.Add(section);
                    break;
                case CodeBlock codeBlock:
                    var lines = codeBlock.Lines.Lines.Take(codeBlock.Lines.Count)
                        .Select(line => new MarkdownCodeLine(line.Slice.ToString(), LocationOf(file, line.Position, line.Position + line.Slice.Length)))
                        .ToImmutableArray();
                    var language = codeBlock is FencedCodeBlock { Info: { Length: > 0 } info } ? info.Trim().ToLowerInvariant() : null;
                    code.Add(new MarkdownCode(language, false, lines, section?.Text));
                    break;
            }

            if (block is LeafBlock { Inline: { } inlines } and not HeadingBlock)
                Inlines(file, inlines, section?.Text, code, links);
        }

        return new(headings.ToImmutable(), code.ToImmutable(), links.ToImmutable());
    }

    private static void Inlines(FileContext file, ContainerInline inlines, string? section,
        ImmutableArray<MarkdownCode>.Builder code, ImmutableArray<MarkdownLink>.Builder links)
    {
        foreach (var inline in inlines.Descendants<Inline>())
        {
            switch (inline)
            {
                case CodeInline span:
                    code.Add(new MarkdownCode(null, true, [new MarkdownCodeLine(span.Content, LocationOf(file, span.Span))], section));
                    break;
                case LinkInline { IsImage: false, Url: { } url } link:
                    links.Add(new MarkdownLink(TextOf(link), url, section, LocationOf(file, link.Span)));
                    break;
            }
        }
    }

    /// <summary>The visible text of an inline container (emphasis and links reduced to their words).</summary>
    private static string TextOf(ContainerInline container)
    {
        var text = new StringBuilder();
        foreach (var inline in container.Descendants<Inline>())
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.ToString());
                    break;
                case CodeInline span:
                    text.Append(span.Content);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
            }
        }

        return text.ToString().Trim();
    }

    private static Location LocationOf(FileContext file, SourceSpan span) => LocationOf(file, span.Start, span.End + 1);

    private static Location LocationOf(FileContext file, int start, int end) =>
        file.LocationOf(Math.Clamp(start, 0, file.Text.Length), Math.Clamp(end, 0, file.Text.Length));
}
