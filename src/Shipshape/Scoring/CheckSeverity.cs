using Shipshape.Model;

namespace Shipshape.Scoring;

/// <summary>
/// A check's severity follows its findings: a failed check weighs as much as its most severe counted
/// finding (CORS001 with credentials allowed fails at critical, without at high); a check with no
/// counted finding weighs the rule's effective severity. Score, verdict and reports read it from here.
/// </summary>
public static class CheckSeverity
{
    public static Severity Of(Severity ruleSeverity, IEnumerable<Finding> findings)
    {
        var counted = findings.Where(f => f.IsCounted).Select(f => f.Severity).ToList();
        return counted.Count > 0 ? counted.Max() : ruleSeverity;
    }
}
