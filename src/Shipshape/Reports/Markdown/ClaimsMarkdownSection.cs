using System.Globalization;
using System.Text;
using Shipshape.Model;
using static Shipshape.Reports.MarkdownText;

namespace Shipshape.Reports.Markdown;

/// <summary>The "Claims Verification" section of the Markdown report, present when `verify` filled the claims.</summary>
public static class ClaimsMarkdownSection
{
    public static void Write(StringBuilder md, Report report)
    {
        if (report.Claims is not { } claims) return;
        int Count(ClaimVerdict v) => claims.Count(c => c.Verdict == v);
        md.Append("## Claims Verification\n\n");
        md.Append(CultureInfo.InvariantCulture,
            $"{claims.Count} claims: {Count(ClaimVerdict.Verified)} verified, {Count(ClaimVerdict.Contradicted)} contradicted, {Count(ClaimVerdict.Unverifiable)} unverifiable.\n\n");
        md.Append("| Line | Claim | Verdict | Checks | Evidence |\n|---:|---|---|---|---|\n");
        foreach (var claim in claims)
        {
            md.Append(CultureInfo.InvariantCulture,
                $"| {claim.SourceLine} | {Cell(claim.Text)} | {claim.Verdict.Id()} | {string.Join(", ", claim.Checks)} | {Cell(string.Join("; ", claim.Evidence))} |\n");
        }
        md.Append("\n---\n\n");
    }
}
