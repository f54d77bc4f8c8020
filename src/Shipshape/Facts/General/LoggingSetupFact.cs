using Shipshape.Model;

namespace Shipshape.Facts.General;

/// <summary>Code that configures logging (<c>logging.basicConfig</c>, <c>dictConfig</c>, a handler added, Django <c>LOGGING</c>).</summary>
/// <param name="How">The call or setting found.</param>
public sealed record LoggingSetupFact(Location Location, string How);
