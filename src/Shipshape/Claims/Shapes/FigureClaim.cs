using Shipshape.Claims.Figures;

namespace Shipshape.Claims.Shapes;

/// <summary>
/// A bullet under a claimed heading that states a figure the code can be compared with:
/// "Login: 10 attempts per minute", "Minimum 8 characters" (see <see cref="ClaimFigure"/>).
/// </summary>
public sealed class FigureClaim : IClaimShape
{
    public ClaimShape Shape => ClaimShape.Figure;

    public bool Matches(ReportLine line, ReportDocument document, int index)
    {
        if (line.Kind != ReportLineKind.ListItem || document.IsAudit || ClaimMarks.DescribesBefore(line.Text)) return false;
        if (ClaimFigure.Parse(line.Text) is null) return false;
        var heading = document.Lines.Take(index).LastOrDefault(l => l.Kind == ReportLineKind.Heading);
        return heading is not null && (ClaimMarks.HasTick(heading.Text) || ClaimMarks.HasStatusWord(heading.Text));
    }
}
