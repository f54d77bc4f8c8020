using System.Text.RegularExpressions;

namespace Shipshape.Claims;

/// <summary>The lines of a readiness report and what holds for the whole document (is it an audit?).</summary>
public sealed partial class ReportDocument
{
    public ReportDocument(IReadOnlyList<ReportLine> lines, IReadOnlyList<ReportCodeBlock>? codeBlocks = null)
    {
        Lines = lines;
        CodeBlocks = codeBlocks ?? [];
        // An audit states the app is not ready; its headings then name problems, not fixes.
        IsAudit = lines.Take(40).Any(l => NotReady().IsMatch(l.Text));
    }

    public IReadOnlyList<ReportLine> Lines { get; }

    /// <summary>The fenced code blocks, in report order (never claims themselves; a suggested fix may be).</summary>
    public IReadOnlyList<ReportCodeBlock> CodeBlocks { get; }

    public bool IsAudit { get; }

    public static ReportDocument Parse(string markdown)
    {
        var (lines, codeBlocks) = ReadinessReportReader.Read(markdown);
        return new(lines, codeBlocks);
    }

    /// <summary>The lines after <paramref name="index"/> up to the next heading.</summary>
    public IEnumerable<ReportLine> Body(int index) =>
        Lines.Skip(index + 1).TakeWhile(l => l.Kind != ReportLineKind.Heading);

    [GeneratedRegex(@"\bNOT\s+(?:PRODUCTION[- ])?READY\b")]
    private static partial Regex NotReady();
}
