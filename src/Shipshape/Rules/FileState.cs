using System.Collections.Concurrent;
using Shipshape.Discovery;
using Shipshape.Facts;
using Shipshape.Model;
using Shipshape.Settings;

namespace Shipshape.Rules;

/// <summary>
/// What the engine keeps for one file while its rules run: the text, the parsed views, the facts
/// and findings produced. Shared by the <see cref="FileContext"/> each rule is handed.
/// </summary>
internal sealed class FileState(SourceFile source, string fullPath, Thresholds thresholds, Func<RuleMetadata, Severity?, Severity> severityOf)
{
    public SourceFile Source { get; } = source;
    public string FullPath { get; } = fullPath;
    public Thresholds Thresholds { get; } = thresholds;
    /// <summary>A finding's severity from its rule and the severity the rule asked for (see <see cref="Settings.ShipshapeSettings.FindingSeverity"/>).</summary>
    public Func<RuleMetadata, Severity?, Severity> SeverityOf { get; } = severityOf;
    public FactSink Facts { get; } = new();
    public List<Finding> Findings { get; } = [];
    public List<ScanDiagnostic> Diagnostics { get; } = [];
    public ConcurrentDictionary<Type, object> Parsed { get; } = new();
}
