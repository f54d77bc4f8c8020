using Shipshape.Discovery;
using Shipshape.Model;
using Shipshape.Rules;
using Shipshape.Scoring;

namespace Shipshape.Scanning;

/// <summary>
/// Turns what each rule produced into its check result, after suppressions: a file rule fails when it
/// has a counted finding and passes when a file of its kinds was checked; a project rule's outcome
/// stands unless its findings were all suppressed (then it passes) or it reported one without failing.
/// The check's severity is <see cref="CheckSeverity.Of"/> its counted findings.
/// </summary>
internal static class CheckResolver
{
    public static CheckResult ForFileRule(IFileRule rule, Severity severity, IReadOnlyList<Finding> findings,
        IReadOnlyList<ProjectFile> files, int internalErrors)
    {
        var metadata = rule.Metadata;
        var checkedFiles = files.Count(f => rule.FileKinds.Contains(f.Kind));
        var (status, reason) =
            findings.Any(f => f.IsCounted) ? (CheckStatus.Fail, (string?)null)
            : checkedFiles == 0 ? (CheckStatus.NotApplicable, $"no {string.Join("/", rule.FileKinds.Select(k => k.Id()).Order())} files")
            : findings.Count > 0 ? (CheckStatus.Pass, "every finding is suppressed")
            : (CheckStatus.Pass, (string?)null);
        if (internalErrors > 0 && status == CheckStatus.Pass)
            reason = $"{internalErrors} file(s) not fully checked: internal error";
        return new(metadata.Id, metadata.Category.Id, CheckSeverity.Of(severity, findings), status, reason);
    }

    /// <summary>
    /// The one check of a rule with a file part and a project part: failed when either failed, manual
    /// when either could not decide, passed when either passed, not applicable when neither applied.
    /// Both parts were resolved on all the rule's findings, so they agree on the severity.
    /// </summary>
    public static CheckResult Combine(CheckResult filePart, CheckResult projectPart)
    {
        static int Rank(CheckStatus status) => status switch
        {
            CheckStatus.Fail => 3,
            CheckStatus.Manual => 2,
            CheckStatus.Pass => 1,
            _ => 0,
        };
        return Rank(filePart.Status) > Rank(projectPart.Status) ? filePart : projectPart;
    }

    public static CheckResult ForProjectRule(RuleMetadata metadata, Severity severity, CheckOutcome outcome,
        IReadOnlyList<Finding> findings)
    {
        var counted = findings.Any(f => f.IsCounted);
        var (status, reason) = outcome.Status switch
        {
            CheckStatus.Fail or CheckStatus.Pass when counted => (CheckStatus.Fail, outcome.Reason),
            CheckStatus.Fail => (CheckStatus.Pass, "every finding is suppressed"),
            _ => (outcome.Status, outcome.Reason),
        };
        return new(metadata.Id, metadata.Category.Id, CheckSeverity.Of(severity, findings), status, reason);
    }
}
