using System.Text.RegularExpressions;

namespace Shipshape.Claims.Shapes;

/// <summary>"handles hundreds of concurrent users", "supports 1000+ requests per second".</summary>
public sealed partial class CapacityClaim : IClaimShape
{
    public ClaimShape Shape => ClaimShape.Capacity;

    public bool Matches(ReportLine line, ReportDocument document, int index) => Pattern().IsMatch(line.Text);

    [GeneratedRegex(@"\b(?:handle|handles|handling|support|supports|serve|serves|scale|scales)\b(?:\s+to)?\s+(?:hundreds|thousands|millions|\d[\d,]*\+?)\s+(?:of\s+)?(?:concurrent\s+|simultaneous\s+)?(?:users|requests|connections)", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
