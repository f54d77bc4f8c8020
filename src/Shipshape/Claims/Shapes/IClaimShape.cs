namespace Shipshape.Claims.Shapes;

/// <summary>Recognises one kind of claim in a line of a readiness report.</summary>
public interface IClaimShape
{
    ClaimShape Shape { get; }

    /// <summary>True when <paramref name="line"/> (at <paramref name="index"/> in <paramref name="document"/>) states a claim of this shape.</summary>
    bool Matches(ReportLine line, ReportDocument document, int index);
}
