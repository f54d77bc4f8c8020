using Shipshape.Model;

namespace Shipshape.Facts;

/// <summary>Evidence that the project uses a framework.</summary>
/// <param name="Framework">Which one.</param>
/// <param name="Source">How it was seen: "import", "dependency" or "settings".</param>
/// <param name="Location">Where.</param>
public sealed record FrameworkFact(Framework Framework, string Source, Location Location);
