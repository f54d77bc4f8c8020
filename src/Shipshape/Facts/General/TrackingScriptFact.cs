using Shipshape.Model;

namespace Shipshape.Facts.General;

/// <summary>A template that loads analytics or advertising scripts.</summary>
/// <param name="Location">The first such script element.</param>
/// <param name="Services">Every service the template loads, in order ("Google Analytics", "Google AdSense").</param>
public sealed record TrackingScriptFact(Location Location, IReadOnlyList<string> Services);
