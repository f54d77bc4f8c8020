namespace Shipshape.Claims.Shapes;

/// <summary>
/// A line or bullet with a tick or FIXED/IMPLEMENTED/READY/CONFIGURED/ENHANCED ("Cookie Consent ✅
/// Ready"), or a plain bullet under a heading that announces finished work ("## Done").
/// </summary>
public sealed class StatusWordClaim : IClaimShape
{
    public ClaimShape Shape => ClaimShape.StatusWord;

    public bool Matches(ReportLine line, ReportDocument document, int index) =>
        line.Kind is ReportLineKind.ListItem or ReportLineKind.Paragraph
        && !ClaimMarks.DescribesBefore(line.Text)
        && (ClaimMarks.HasTick(line.Text) || ClaimMarks.HasStatusWord(line.Text)
            || (line.Kind == ReportLineKind.ListItem && line.Task is null && ClaimMarks.IsDoneHeading(line.Section)));
}
