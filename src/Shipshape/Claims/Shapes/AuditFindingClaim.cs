using System.Text.RegularExpressions;

namespace Shipshape.Claims.Shapes;

/// <summary>
/// In an audit, a finding heading: "❌ Debug Mode Enabled", or a numbered heading under an
/// "… Issues" chapter ("1. 🔴 Debug Mode Enabled in Production") that has no sub-headings. The
/// claim is that the problem exists; the "File:"/"Location:" line below cites where.
/// </summary>
public sealed partial class AuditFindingClaim : IClaimShape
{
    public ClaimShape Shape => ClaimShape.AuditFinding;

    public bool Matches(ReportLine line, ReportDocument document, int index)
    {
        if (!document.IsAudit || line.Kind != ReportLineKind.Heading || line.Level < 3) return false;
        if (ClaimMarks.HasProblemMark(line.Text) && !Numbered().IsMatch(line.Text)) return true;
        var next = document.Lines.Skip(index + 1).FirstOrDefault(l => l.Kind == ReportLineKind.Heading);
        var hasSubHeadings = next is not null && next.Level > line.Level;
        return Numbered().IsMatch(line.Text) && line.Chapter.Contains("issue", StringComparison.OrdinalIgnoreCase) && !hasSubHeadings;
    }

    /// <summary>The first "File: app.py:3662" or "Location: auth.py:228-229" under the heading.</summary>
    public static CitedLocation? Cited(ReportDocument document, int index) =>
        document.Body(index).Select(l => Citation().Match(l.Text)).Where(m => m.Success)
            .Select(m => new CitedLocation(m.Groups["path"].Value, m.Groups["line"].Success ? int.Parse(m.Groups["line"].Value) : null))
            .FirstOrDefault();

    [GeneratedRegex(@"^\d+\.\s")]
    private static partial Regex Numbered();

    [GeneratedRegex(@"^(?:File|Location|Files):\s*(?<path>[\w./-]+\.\w+)(?::(?<line>\d+))?")]
    private static partial Regex Citation();
}
