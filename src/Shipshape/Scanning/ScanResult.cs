using Shipshape.Facts;
using Shipshape.Model;

namespace Shipshape.Scanning;

/// <summary>The report and the project facts it was decided on (printed by <c>scan --facts</c>).</summary>
public sealed record ScanResult(Report Report, ProjectFacts Facts);
