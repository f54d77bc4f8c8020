using Shipshape.Model;

namespace Shipshape.Facts.General;

/// <summary>A cookie-consent mechanism in a template (a consent-management script, Google consent mode, a consent banner element).</summary>
public sealed record ConsentMechanismFact(Location Location, string How);
