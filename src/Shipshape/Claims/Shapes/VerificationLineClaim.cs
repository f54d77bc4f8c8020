namespace Shipshape.Claims.Shapes;

/// <summary>"Verification: ✓ All bare excepts eliminated".</summary>
public sealed class VerificationLineClaim : IClaimShape
{
    public ClaimShape Shape => ClaimShape.VerificationLine;

    public bool Matches(ReportLine line, ReportDocument document, int index) =>
        line.Text.StartsWith("Verification:", StringComparison.OrdinalIgnoreCase);
}
