using Shipshape.Model;
using Shipshape.Rules;
using Shipshape.Scanning;
using Shipshape.Settings;

namespace Shipshape.Tests.Support;

/// <summary>Runs the real scanner on a folder.</summary>
public static class Scans
{
    public static Report Run(string root, ShipshapeSettings? settings = null, IReadOnlySet<string>? only = null,
        RuleRegistry? registry = null) =>
        Scanner.Scan(new ScanRequest(root, root, settings ?? ShipshapeSettings.Default, registry ?? RuleRegistry.Default,
            OnlyRules: only)).Report;

    /// <summary>The facts the scanner gathers from a folder, with no rule run.</summary>
    public static Shipshape.Facts.ProjectFacts Facts(string root) =>
        Scanner.Scan(new ScanRequest(root, root, ShipshapeSettings.Default, RuleRegistry.Default, OnlyRules: new HashSet<string>())).Facts;

    public static CheckResult Check(this Report report, string ruleId) => report.Checks.Single(c => c.RuleId == ruleId);
}
