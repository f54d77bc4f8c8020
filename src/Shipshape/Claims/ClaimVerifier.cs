using Shipshape.Claims.Figures;
using Shipshape.Claims.Shapes;
using Shipshape.Facts;
using Shipshape.Model;

namespace Shipshape.Claims;

/// <summary>
/// Answers each claim from the checks that ran: contradicted when a mapped check failed (or a
/// claimed figure differs from the configured one), verified only when a mapped check ran and
/// passed and none failed, unverifiable otherwise, always with the reason. An audit's finding is the
/// reverse claim (the problem exists): a failing check confirms it, passing checks refute it. A claim
/// that sums up others (a heading, "all fixes applied") is answered by them; a suggested fix by the
/// code checks run on its code (<see cref="SuggestedFixChecker"/>).
/// </summary>
/// <param name="report">The scan (and probe) of the application the report describes.</param>
/// <param name="facts">The project facts, for figures.</param>
/// <param name="probed">True when the running app was probed, so dynamic checks could run.</param>
public sealed class ClaimVerifier(Report report, ProjectFacts facts, bool probed)
{
    /// <summary>Findings quoted per failing check; the rest are counted.</summary>
    private const int FindingsShown = 3;

    private const string RuntimeReason = "runtime: give --url";

    /// <summary>Capacity and latency need load, which the probe never sends: with --url, say which command measures them.</summary>
    private string LoadReason => probed
        ? "runtime: measured under load by `shipshape load URL`; verify's probe sends no load"
        : RuntimeReason + " (capacity is measured by a load test)";

    private const string NoTopicReason = "no check maps to this claim: it names nothing the checks cover";

    /// <summary>Answers every claim: first those the checks decide, then those that sum up others (<see cref="ExtractedClaim.Scope"/>) from them.</summary>
    public IReadOnlyList<ClaimResult> VerifyAll(IReadOnlyList<ExtractedClaim> claims)
    {
        var summaries = claims.Select(IsSummary).ToList();
        var fixes = SuggestedFixChecker.Check(claims.Where(c => c.Shape == ClaimShape.SuggestedFix).ToList(), report);
        var results = claims.Select((claim, i) => summaries[i] ? null : fixes.GetValueOrDefault(claim.Line) ?? Verify(claim)).ToList();
        for (var i = 0; i < claims.Count; i++)
        {
            if (!summaries[i]) continue;
            var covered = Enumerable.Range(0, claims.Count)
                .Where(j => j != i && !summaries[j] && claims[j].Shape is not (ClaimShape.Verdict or ClaimShape.SuggestedFix) && claims[i].Scope!.Contains(claims[j].Line))
                .Select(j => results[j]!).ToList();
            results[i] = Summarise(claims[i], covered);
        }
        return results.Select(r => r!).ToList();
    }

    public ClaimResult Verify(ExtractedClaim claim)
    {
        if (claim.Shape == ClaimShape.Verdict) return VerifyVerdict(claim);
        if (claim.Shape == ClaimShape.Capacity) return Unverifiable(claim, [], LoadReason);

        var figure = ClaimFigure.Parse(claim.Text);
        var topics = TopicsOf(claim, figure);
        if (topics.Count == 0) return Unverifiable(claim, [], NoTopicReason);
        if (topics[0].Kind == TopicKind.Organisational) return Unverifiable(claim, [], "organisational: no code or traffic shows it");
        var decisive = topics.Where(t => t.Kind is TopicKind.Checked or TopicKind.Umbrella or TopicKind.Judgement).ToList();
        if (decisive.Count == 0 && topics.FirstOrDefault(t => t.Kind == TopicKind.Unchecked) is { } noCheck)
            return Unverifiable(claim, [], $"no check decides it: {noCheck.Note}");
        // What is left is runtime-only (capacity, latency).
        if (decisive.Count == 0) return Unverifiable(claim, [], LoadReason);

        var ids = decisive.SelectMany(t => t.RuleIds).Distinct().ToList();
        var checks = report.Checks.Where(c => decisive.Any(t => t.Decides(c.RuleId))).OrderBy(c => c.RuleId, StringComparer.Ordinal).ToList();
        var ran = checks.Select(c => c.RuleId).ToList();
        if (claim.Shape == ClaimShape.AuditFinding) return VerifyProblem(claim, checks, ran, ids);

        var failed = checks.Where(c => c.Status == CheckStatus.Fail).ToList();
        var passed = checks.Where(c => c.Status == CheckStatus.Pass).ToList();
        var comparison = figure?.CompareWith(facts);
        if (failed.Count > 0 || comparison is { Agrees: false })
            return new(claim.Text, claim.Line, ClaimVerdict.Contradicted, ran,
                [.. comparison is { Agrees: false } ? comparison.Evidence : [], .. failed.SelectMany(FailureEvidence)]);
        // A superlative ("bank-level security") is contradicted by a failing check, never confirmed by passing ones.
        if (decisive.FirstOrDefault(t => t.Kind == TopicKind.Judgement) is { } judgement)
            return Unverifiable(claim, ran, $"{judgement.Note}: none of its {checks.Count(c => c.Status.IsDecided())} decided checks fails", passed.Select(PassEvidence).ToList());
        if (passed.Count > 0)
            return new(claim.Text, claim.Line, ClaimVerdict.Verified, ran, [.. passed.Select(PassEvidence), .. comparison?.Evidence ?? []]);
        return Unverifiable(claim, ran, UndecidedReasons(checks, ids), comparison?.Evidence ?? []);
    }

    /// <summary>The claim's topics; a bullet, ticked line or verification line that names none takes its heading's.</summary>
    private static IReadOnlyList<ClaimTopic> TopicsOf(ExtractedClaim claim, ClaimFigure? figure)
    {
        var topics = ClaimLexicon.TopicsOf(claim.Text, figure?.TopicId);
        if (topics.Count == 0 && claim.Shape is ClaimShape.Figure or ClaimShape.StatusWord or ClaimShape.Checklist or ClaimShape.VerificationLine)
            topics = ClaimLexicon.TopicsOf(claim.Section);
        return topics;
    }

    /// <summary>
    /// A claim answered by the claims it covers: "all fixes applied", or a heading that names no topic
    /// of its own, or only a whole area ("✅ Security Improvements Implemented" is what its section lists).
    /// </summary>
    private static bool IsSummary(ExtractedClaim claim)
    {
        if (claim.Scope is null || claim.Shape is ClaimShape.Verdict or ClaimShape.AuditFinding or ClaimShape.SuggestedFix) return false;
        var topics = ClaimLexicon.TopicsOf(claim.Text, ClaimFigure.Parse(claim.Text)?.TopicId);
        return topics.Count == 0 || (claim.Shape == ClaimShape.TickedHeading && topics.All(t => t.Kind == TopicKind.Umbrella));
    }

    /// <summary>Contradicted when a covered claim is; verified when some are verified and none contradicted; else unverifiable.</summary>
    private static ClaimResult Summarise(ExtractedClaim claim, IReadOnlyList<ClaimResult> covered)
    {
        if (covered.Count == 0) return Unverifiable(claim, [], $"{NoTopicReason}, and no claim below it");
        int Count(ClaimVerdict v) => covered.Count(c => c.Verdict == v);
        var tally = $"sums up the {covered.Count} claims of lines {claim.Scope}: {Count(ClaimVerdict.Verified)} verified, "
            + $"{Count(ClaimVerdict.Contradicted)} contradicted, {Count(ClaimVerdict.Unverifiable)} unverifiable";
        var verdict = Count(ClaimVerdict.Contradicted) > 0 ? ClaimVerdict.Contradicted
            : Count(ClaimVerdict.Verified) > 0 ? ClaimVerdict.Verified
            : ClaimVerdict.Unverifiable;
        var deciding = covered.Where(c => c.Verdict == verdict).ToList();
        var checks = verdict == ClaimVerdict.Unverifiable ? [] : deciding.SelectMany(c => c.Checks).Distinct().Order(StringComparer.Ordinal).ToList();
        var quoted = verdict == ClaimVerdict.Contradicted
            ? deciding.Take(FindingsShown).Select(c => $"line {c.SourceLine} is contradicted: {c.Text} ({Telling(c.Evidence)})")
            : [];
        return new(claim.Text, claim.Line, verdict, checks, [tally, .. quoted]);
    }

    /// <summary>The evidence line worth quoting: what the code says, not "report says …".</summary>
    private static string Telling(IReadOnlyList<string> evidence) =>
        evidence.FirstOrDefault(e => !e.StartsWith("report says", StringComparison.Ordinal)) ?? evidence.FirstOrDefault() ?? "";

    /// <summary>An audit says a problem exists: a failing check confirms it, passing checks refute it.</summary>
    private ClaimResult VerifyProblem(ExtractedClaim claim, IReadOnlyList<CheckResult> checks, IReadOnlyList<string> ran, IReadOnlyList<string> ids)
    {
        var failed = checks.Where(c => c.Status == CheckStatus.Fail).ToList();
        if (failed.Count > 0)
        {
            var cited = claim.Cited is { } c ? [CitationEvidence(c, failed)] : Array.Empty<string>();
            return new(claim.Text, claim.Line, ClaimVerdict.Verified, ran, ["confirmed", .. cited, .. failed.SelectMany(FailureEvidence)]);
        }
        var passed = checks.Where(c => c.Status == CheckStatus.Pass).ToList();
        if (passed.Count > 0)
            return new(claim.Text, claim.Line, ClaimVerdict.Contradicted, ran, ["refuted: the checks pass", .. passed.Select(PassEvidence)]);
        return Unverifiable(claim, ran, UndecidedReasons(checks, ids));
    }

    private ClaimResult VerifyVerdict(ExtractedClaim claim)
    {
        var blocking = report.Checks
            .Where(c => c.Status == CheckStatus.Fail && c.Severity is Severity.Critical or Severity.High)
            .OrderBy(c => c.RuleId, StringComparer.Ordinal).ToList();
        var evidence = blocking.Count > 0
            ? new[] { $"{blocking.Count} critical or high checks fail: {string.Join(", ", blocking.Select(c => c.RuleId))}" }
            : [$"no critical or high check fails; measured verdict: {report.Summary.Verdict.Title()}"];
        // A "ready" verdict rests on the critical and high checks that ran and passed.
        var ids = (blocking.Count > 0 ? blocking : report.Checks.Where(c => c.Status == CheckStatus.Pass && c.Severity is Severity.Critical or Severity.High))
            .Select(c => c.RuleId).Order(StringComparer.Ordinal).ToList();
        var saysNotReady = VerdictClaim.SaysNotReady(claim.Text);
        var measuredNotReady = report.Summary.Verdict == Verdict.NotReady;
        if (!saysNotReady && !measuredNotReady && !report.Checks.Any(c => c.Status == CheckStatus.Pass))
            return Unverifiable(claim, [], "no check ran and passed");
        var verdict = saysNotReady == measuredNotReady ? ClaimVerdict.Verified : ClaimVerdict.Contradicted;
        return new(claim.Text, claim.Line, verdict, ids, evidence);
    }

    private IEnumerable<string> FailureEvidence(CheckResult check)
    {
        var findings = report.Findings.Where(f => f.RuleId == check.RuleId && f.IsCounted).ToList();
        foreach (var finding in findings.Take(FindingsShown))
        {
            var where = finding.Location is { } l ? $" at {l.Path}:{l.StartLine}" : "";
            var code = finding.Snippet.Length > 0 ? $": `{FirstLine(finding.Snippet)}`" : "";
            yield return $"{check.RuleId} fails{where}{code} ({finding.Message})";
        }
        if (findings.Count > FindingsShown) yield return $"{check.RuleId}: {findings.Count - FindingsShown} more findings";
        if (findings.Count == 0) yield return $"{check.RuleId} fails{(check.Reason is { } r ? $": {r}" : "")}";
    }

    private string CitationEvidence(CitedLocation cited, IReadOnlyList<CheckResult> failed)
    {
        var ours = report.Findings
            .Where(f => f.IsCounted && f.Location is not null && failed.Any(c => c.RuleId == f.RuleId))
            .Select(f => f.Location!).ToList();
        var sameFile = ours.Where(l => l.Path.EndsWith(cited.Path, StringComparison.Ordinal)).ToList();
        var agreement = sameFile.Any(l => cited.Line is null || l.StartLine == cited.Line) ? "same place"
            : sameFile.Count > 0 ? $"same file, we find it at line {string.Join(", ", sameFile.Select(l => l.StartLine).Distinct())}"
            : $"we find it in {string.Join(", ", ours.Select(l => l.Path).Distinct())}";
        return $"report cites {cited}; {agreement}";
    }

    private static string PassEvidence(CheckResult check) => $"{check.RuleId} passes{(check.Reason is { } r ? $": {r}" : "")}";

    private string UndecidedReasons(IReadOnlyList<CheckResult> checks, IReadOnlyList<string> ids)
    {
        if (checks.Count > 0)
            return string.Join("; ", checks.Select(c => $"{c.RuleId} {c.Status.Id()}{(c.Reason is { } r ? $": {r}" : "")}"));
        // Only dynamic checks (101-199) exist for it, and the app was not probed.
        if (!probed && ids.Any(IsDynamic)) return $"{RuntimeReason} ({string.Join(", ", ids.Where(IsDynamic))})";
        return $"no check for it in this build ({string.Join(", ", ids)})";
    }

    private static bool IsDynamic(string ruleId) => int.TryParse(ruleId.AsSpan(ruleId.Length - 3), out var n) && n >= 100;

    private static ClaimResult Unverifiable(ExtractedClaim claim, IReadOnlyList<string> checks, string reason, IReadOnlyList<string>? more = null) =>
        new(claim.Text, claim.Line, ClaimVerdict.Unverifiable, checks, [reason, .. more ?? []]);

    private static string FirstLine(string snippet) => snippet.Split('\n')[0].Trim();
}
