using System.Text.RegularExpressions;

namespace Shipshape.Claims.Shapes;

/// <summary>"Status: PRODUCTION READY", "Current Status: NOT PRODUCTION READY": the report's overall verdict.</summary>
public sealed partial class VerdictClaim : IClaimShape
{
    public ClaimShape Shape => ClaimShape.Verdict;

    public bool Matches(ReportLine line, ReportDocument document, int index) => Pattern().IsMatch(line.Text);

    /// <summary>True when the verdict says the app is not ready.</summary>
    public static bool SaysNotReady(string text) => text.Contains("NOT", StringComparison.Ordinal);

    [GeneratedRegex(@"\bStatus\b[^a-z]*?(?:NOT\s+)?(?:PRODUCTION[- ]READY|READY FOR PRODUCTION)")]
    private static partial Regex Pattern();
}
