namespace Shipshape.Claims.Shapes;

/// <summary>A heading with a tick or a status word: "3. Strong Password Policy ✅ FIXED".</summary>
public sealed class TickedHeadingClaim : IClaimShape
{
    public ClaimShape Shape => ClaimShape.TickedHeading;

    public bool Matches(ReportLine line, ReportDocument document, int index) =>
        line.Kind == ReportLineKind.Heading && (ClaimMarks.HasTick(line.Text) || ClaimMarks.HasStatusWord(line.Text));
}
