using Shipshape.Facts;
using Shipshape.Model;

namespace Shipshape.Claims;

/// <summary>Everything <c>verify</c> learnt from a readiness report.</summary>
/// <param name="Claims">Each claim with its verdict and evidence, in report order.</param>
/// <param name="OpenItems">Unticked checklist items: what the report admits is not done.</param>
/// <param name="ClaimedScore">The score the report gives itself, when it states one.</param>
public sealed record ClaimsVerification(IReadOnlyList<ClaimResult> Claims, IReadOnlyList<ReportLine> OpenItems, double? ClaimedScore)
{
    public int Count(ClaimVerdict verdict) => Claims.Count(c => c.Verdict == verdict);

    /// <summary>Reads the report, extracts its claims and answers each against <paramref name="report"/>.</summary>
    public static ClaimsVerification Run(string markdown, Report report, ProjectFacts facts, bool probed)
    {
        var document = ReportDocument.Parse(markdown);
        var verifier = new ClaimVerifier(report, facts, probed);
        return new(ClaimExtractor.Extract(document).Select(verifier.Verify).ToList(), ClaimExtractor.OpenItems(document), Shipshape.Claims.ClaimedScore.Find(document));
    }
}
