using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace Shipshape.Claims;

/// <summary>
/// Reads a Markdown readiness report into lines of prose with their block kind and section. Markdig
/// decides the structure (so code blocks, which hold "before" code, are never read as claims); the
/// text of each line is taken from the repaired source so line numbers stay those of the file.
/// </summary>
public static partial class ReadinessReportReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    /// <summary>The lines of prose and the fenced code blocks (each with the prose line that introduces it).</summary>
    public static (IReadOnlyList<ReportLine> Lines, IReadOnlyList<ReportCodeBlock> CodeBlocks) Read(string markdown)
    {
        var source = MojibakeRepair.Repair(markdown.Replace("\r\n", "\n")).Split('\n');
        var text = string.Join('\n', source);
        var document = Markdown.Parse(text, Pipeline);
        var lineStarts = LineStarts(text);
        var lines = new List<ReportLine>();
        var blocks = new List<ReportCodeBlock>();
        var section = "";
        var chapter = "";
        foreach (var block in document.Descendants())
        {
            switch (block)
            {
                case HeadingBlock heading:
                    // A setext heading's Line is its underline; its span starts at the text.
                    var headingLine = LineOf(lineStarts, heading.Span.Start);
                    section = Visible(source[headingLine]).TrimStart('#', ' ');
                    if (heading.Level <= 2) chapter = section;
                    lines.Add(new(section, headingLine + 1, ReportLineKind.Heading, section, heading.Level, chapter));
                    break;
                case Table table:
                    AddTable(table, source, section, chapter, lines);
                    break;
                case ParagraphBlock paragraph when paragraph.Parent is not TableCell:
                    AddParagraph(paragraph, LineOf(lineStarts, paragraph.Span.End), source, section, chapter, lines);
                    break;
                case FencedCodeBlock fence:
                    var label = lines.Count > 0 && lines[^1].Kind != ReportLineKind.Heading ? lines[^1].Text : "";
                    blocks.Add(new((fence.Info ?? "").Trim().ToLowerInvariant(), fence.Line + 1, fence.Lines.ToString().Replace("\r\n", "\n"), label, section, chapter));
                    break;
            }
        }
        return (lines, blocks);
    }

    private static void AddParagraph(ParagraphBlock paragraph, int lastLine, string[] source, string section, string chapter, List<ReportLine> lines)
    {
        var inItem = paragraph.Parent is ListItemBlock item && item.IndexOf(paragraph) == 0;
        // Markdig releases a paragraph's lines once its inlines are parsed; its span still says where it ends.
        for (var index = paragraph.Line; index <= lastLine && index < source.Length; index++)
        {
            var i = index - paragraph.Line;
            var raw = source[index];
            var task = TaskMarker().Match(raw);
            var text = Visible(task.Success ? raw[task.Length..] : ListMarker().Replace(raw, ""));
            if (text.Length == 0) continue;
            var kind = inItem && i == 0 ? ReportLineKind.ListItem : ReportLineKind.Paragraph;
            lines.Add(new(text, index + 1, kind, section, 0, chapter, task.Success ? task.Groups["mark"].Value is "x" or "X" : null));
        }
    }

    private static void AddTable(Table table, string[] source, string section, string chapter, List<ReportLine> lines)
    {
        IReadOnlyList<string>? header = null;
        foreach (var row in table.OfType<TableRow>())
        {
            var cells = Cells(source[row.Line]);
            if (row.IsHeader) header = cells;
            lines.Add(new(string.Join(" | ", cells), row.Line + 1, ReportLineKind.TableRow, section, 0, chapter, null, cells, header ?? cells));
        }
    }

    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++) if (text[i] == '\n') starts.Add(i + 1);
        return starts;
    }

    /// <summary>0-based line holding character <paramref name="offset"/>.</summary>
    private static int LineOf(List<int> starts, int offset)
    {
        var found = starts.BinarySearch(offset);
        return found >= 0 ? found : ~found - 1;
    }

    private static IReadOnlyList<string> Cells(string raw) =>
        raw.Trim().Trim('|').Split('|').Select(c => Visible(c)).ToList();

    /// <summary>The text a reader sees: no emphasis, no link targets, no heading or list markers, single spaces.</summary>
    public static string Visible(string raw)
    {
        // A link to a line ("[app.py](app.py#L3662)") keeps the line: audit findings cite it.
        var text = Link().Replace(raw, m => m.Groups["line"].Success ? $"{m.Groups["text"].Value}:{m.Groups["line"].Value}" : m.Groups["text"].Value);
        text = text.Replace("**", "").Replace("__", "").Replace("`", "");
        return Spaces().Replace(text, " ").Trim();
    }

    [GeneratedRegex(@"^\s*(?:[-*+]|\d+[.)])\s+\[(?<mark>[ xX])\]\s*")]
    private static partial Regex TaskMarker();

    [GeneratedRegex(@"^\s*(?:[-*+]|\d+[.)])\s+")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"\[(?<text>[^\]]*)\]\([^)#]*(?:#L(?<line>\d+))?[^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
