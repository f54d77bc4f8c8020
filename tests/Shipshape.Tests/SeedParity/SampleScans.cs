using System.Collections.Concurrent;
using Shipshape.Model;
using Shipshape.Tests.Support;

namespace Shipshape.Tests.SeedParity;

/// <summary>Scans each sample state once with every registered rule and keeps the report for the parity tests.</summary>
public sealed class SampleScans
{
    private readonly ConcurrentDictionary<string, Lazy<Report>> _reports = new(StringComparer.Ordinal);

    public Report Of(string app, string state) =>
        _reports.GetOrAdd(app + "/" + state, key => new Lazy<Report>(() => Scans.Run(Path.Combine(SampleTable.SamplesRoot, app, state)))).Value;
}
