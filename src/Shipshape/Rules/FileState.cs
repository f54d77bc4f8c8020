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
internal sealed class FileState(SourceFile source, string fullPath, Thresholds thresholds, Func<RuleMetadata, Severity> severityOf)
{
    public SourceFile Source { get; } = source;
    public string FullPath { get; } = fullPath;
    public Thresholds Thresholds { get; } = thresholds;
    public Func<RuleMetadata, Severity> SeverityOf { get; } = severityOf;
    public FactSink Facts { get; } = new();
    public List<Finding> Findings { get; } = [];
    public List<ScanDiagnostic> Diagnostics { get; } = [];
    public ConcurrentDictionary<Type, object> Parsed { get; } = new();
}
