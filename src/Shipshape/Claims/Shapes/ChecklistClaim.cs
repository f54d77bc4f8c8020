namespace Shipshape.Claims.Shapes;

/// <summary>A ticked checklist item, <c>- [x] CSRF protection</c>. Unticked ones are open items, not claims.</summary>
public sealed class ChecklistClaim : IClaimShape
{
    public ClaimShape Shape => ClaimShape.Checklist;

    public bool Matches(ReportLine line, ReportDocument document, int index) => line.Task == true;
}
