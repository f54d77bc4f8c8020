using System.Text.RegularExpressions;

namespace Shipshape.Claims;

/// <summary>The lines of a readiness report and what holds for the whole document (is it an audit?).</summary>
public sealed partial class ReportDocument
{
    public ReportDocument(IReadOnlyList<ReportLine> lines)
    {
        Lines = lines;
        // An audit states the app is not ready; its headings then name problems, not fixes.
        IsAudit = lines.Take(40).Any(l => NotReady().IsMatch(l.Text));
    }

    public IReadOnlyList<ReportLine> Lines { get; }

    public bool IsAudit { get; }

    public static ReportDocument Parse(string markdown) => new(ReadinessReportReader.Read(markdown));

    /// <summary>The lines after <paramref name="index"/> up to the next heading.</summary>
    public IEnumerable<ReportLine> Body(int index) =>
        Lines.Skip(index + 1).TakeWhile(l => l.Kind != ReportLineKind.Heading);

    [GeneratedRegex(@"\bNOT\s+(?:PRODUCTION[- ])?READY\b")]
    private static partial Regex NotReady();
}
