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

    public static CheckResult Check(this Report report, string ruleId) => report.Checks.Single(c => c.RuleId == ruleId);
}
