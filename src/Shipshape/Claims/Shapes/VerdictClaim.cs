using System.Text.RegularExpressions;

namespace Shipshape.Claims.Shapes;

/// <summary>
/// The report's overall verdict: "Status: PRODUCTION READY", "Current Status: NOT PRODUCTION READY",
/// "The application is now PRODUCTION READY", "Production Ready: ✅ YES", and "All Critical and
/// High-Priority Issues FIXED" (which holds exactly when no critical or high check fails).
/// </summary>
public sealed partial class VerdictClaim : IClaimShape
{
    public ClaimShape Shape => ClaimShape.Verdict;

    public bool Matches(ReportLine line, ReportDocument document, int index) =>
        !ClaimMarks.DescribesBefore(line.Section) && Pattern().IsMatch(line.Text);

    /// <summary>True when the verdict says the app is not ready.</summary>
    public static bool SaysNotReady(string text) => Not().IsMatch(text);

    [GeneratedRegex(@"\bStatus:?[^A-Za-z]*(?:NOT\s+)?(?:Production[- ]Ready|Ready for Production)|\bis\s+(?:now\s+)?(?:NOT\s+)?(?:PRODUCTION[- ]READY|READY FOR PRODUCTION)|^Production Ready:\W*(?:YES|NO)\b|^overall (?:assessment|status|verdict)\W+(?:NOT\s+)?READY\b|\ball\s+critical(?:\s+and\s+high[- ]priority)?\s+issues\s+(?:are\s+|have\s+been\s+)?(?:fixed|resolved|addressed)", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();

    [GeneratedRegex(@"\bnot\b|:\W*no\b", RegexOptions.IgnoreCase)]
    private static partial Regex Not();
}
