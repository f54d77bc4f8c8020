using Shipshape.Facts;
using Shipshape.Model;

namespace Shipshape.Claims;

/// <summary>Everything <c>verify</c> learnt from a readiness report.</summary>
/// <param name="Claims">Each claim with its verdict and evidence, in report order.</param>
/// <param name="OpenItems">Unticked checklist items: what the report admits is not done.</param>
/// <param name="ClaimedScore">The score the report gives itself, when it states one.</param>
public sealed record ClaimsVerification(IReadOnlyList<ClaimResult> Claims, IReadOnlyList<OpenItem> OpenItems, ClaimedScore? ClaimedScore)
{
    public int Count(ClaimVerdict verdict) => Claims.Count(c => c.Verdict == verdict);

    /// <summary><paramref name="report"/> with the claims, open items and claimed score in it, for every report format.</summary>
    public Report AddTo(Report report) => report with { Claims = Claims, OpenItems = OpenItems, ClaimedScore = ClaimedScore };

    /// <summary>Reads the report, extracts its claims and answers each against <paramref name="report"/>.</summary>
    public static ClaimsVerification Run(string markdown, Report report, ProjectFacts facts, bool probed)
    {
        var document = ReportDocument.Parse(markdown);
        var verifier = new ClaimVerifier(report, facts, probed);
        return new(
            verifier.VerifyAll(ClaimExtractor.Extract(document)),
            ClaimExtractor.OpenItems(document).Select(l => new OpenItem(l.Text, l.Line)).ToList(),
            ClaimedScoreReader.Find(document));
    }
}
