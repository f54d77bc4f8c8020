using Shipshape.Claims.Shapes;
using Shipshape.Facts;
using Shipshape.Model;

namespace Shipshape.Claims;

/// <summary>
/// Answers each claim from the checks that ran: contradicted when a mapped check failed (or a
/// claimed figure differs from the configured one), verified only when a mapped check ran and
/// passed and none failed, unverifiable otherwise, always with the reason. An audit's finding is the
/// reverse claim (the problem exists): a failing check confirms it, passing checks refute it.
/// </summary>
/// <param name="report">The scan (and probe) of the application the report describes.</param>
/// <param name="facts">The project facts, for figures.</param>
/// <param name="probed">True when the running app was probed, so dynamic checks could run.</param>
public sealed class ClaimVerifier(Report report, ProjectFacts facts, bool probed)
{
    /// <summary>Findings quoted per failing check; the rest are counted.</summary>
    private const int FindingsShown = 3;

    private const string RuntimeReason = "runtime: give --url";

    public ClaimResult Verify(ExtractedClaim claim)
    {
        if (claim.Shape == ClaimShape.Verdict) return VerifyVerdict(claim);
        if (claim.Shape == ClaimShape.Capacity) return Unverifiable(claim, [], RuntimeReason + " (capacity is measured by a load test)");

        var topics = ClaimLexicon.TopicsOf(claim.Text);
        if (topics.Count == 0 && claim.Shape is ClaimShape.Figure or ClaimShape.StatusWord or ClaimShape.Checklist)
            topics = ClaimLexicon.TopicsOf(claim.Section);
        if (topics.Count == 0) return Unverifiable(claim, [], "no check maps to this claim");
        if (topics[0].Kind == TopicKind.Organisational) return Unverifiable(claim, [], "organisational: no code or traffic shows it");
        if (topics.All(t => t.Kind == TopicKind.Runtime)) return Unverifiable(claim, [], RuntimeReason);

        var ids = topics.SelectMany(t => t.RuleIds).Distinct().ToList();
        var checks = report.Checks.Where(c => ids.Contains(c.RuleId)).OrderBy(c => c.RuleId, StringComparer.Ordinal).ToList();
        var ran = checks.Select(c => c.RuleId).ToList();
        if (claim.Shape == ClaimShape.AuditFinding) return VerifyProblem(claim, checks, ran, ids);

        var failed = checks.Where(c => c.Status == CheckStatus.Fail).ToList();
        var passed = checks.Where(c => c.Status == CheckStatus.Pass).ToList();
        var figure = FigureComparer.Compare(ClaimFigure.Parse(claim.Text), facts);
        if (failed.Count > 0 || figure is { Agrees: false })
            return new(claim.Text, claim.Line, ClaimVerdict.Contradicted, ran, [.. figure is { Agrees: false } ? figure.Evidence : [], .. failed.SelectMany(FailureEvidence)]);
        if (passed.Count > 0)
            return new(claim.Text, claim.Line, ClaimVerdict.Verified, ran, [.. passed.Select(PassEvidence), .. figure?.Evidence ?? []]);
        return Unverifiable(claim, ran, UndecidedReasons(checks, ids), figure?.Evidence ?? []);
    }

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
        var ids = blocking.Select(c => c.RuleId).ToList();
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
