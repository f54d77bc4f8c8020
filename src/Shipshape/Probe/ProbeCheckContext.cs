using Shipshape.Model;
using Shipshape.Rules;

namespace Shipshape.Probe;

/// <summary>
/// What one probe check sees: the shared session and <see cref="Report"/> for its findings. A probe
/// finding has no file location; its snippet names the exchange ("GET /console → 200"), which also
/// keeps its fingerprint stable from run to run.
/// </summary>
public sealed class ProbeCheckContext(ProbeSession session, RuleMetadata rule)
{
    private readonly List<Finding> _findings = [];
    private readonly Lock _lock = new();

    public ProbeSession Session => session;
    public ProbeOptions Options => session.Options;

    internal IReadOnlyList<Finding> Findings
    {
        get { lock (_lock) return _findings.ToArray(); }
    }

    public void Report(string message, string snippet, params Model.Evidence[] evidence)
    {
        var finding = FindingFactory.Create(rule, session.SeverityOf(rule), message, location: null, snippet, fix: null, evidence, confidence: null);
        lock (_lock) _findings.Add(finding);
    }
}
