using System.Text.RegularExpressions;

namespace Shipshape.Claims.Shapes;

/// <summary>
/// The report's overall verdict: "Status: PRODUCTION READY", "Current Status: NOT PRODUCTION READY",
/// "The application is now PRODUCTION READY", "Production Ready: ✅ YES".
/// </summary>
public sealed partial class VerdictClaim : IClaimShape
{
    public ClaimShape Shape => ClaimShape.Verdict;

    public bool Matches(ReportLine line, ReportDocument document, int index) =>
        !ClaimMarks.DescribesBefore(line.Section) && Pattern().IsMatch(line.Text);

    /// <summary>True when the verdict says the app is not ready.</summary>
    public static bool SaysNotReady(string text) => Not().IsMatch(text);

    [GeneratedRegex(@"\bStatus:?[^A-Za-z]*(?:NOT\s+)?(?:Production[- ]Ready|Ready for Production)|\bis\s+(?:now\s+)?(?:NOT\s+)?PRODUCTION[- ]READY|^Production Ready:\W*(?:YES|NO)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();

    [GeneratedRegex(@"\bnot\b|:\W*no\b", RegexOptions.IgnoreCase)]
    private static partial Regex Not();
}
