using Shipshape.Model;

namespace Shipshape.Facts.General;

/// <summary>A <c>print()</c> call in application code (tests, scripts and a script's <c>__main__</c> block left out).</summary>
public sealed record PrintCallFact(Location Location);
