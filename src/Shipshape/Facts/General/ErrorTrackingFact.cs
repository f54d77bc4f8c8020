using Shipshape.Model;

namespace Shipshape.Facts.General;

/// <summary>An error-tracking service initialised in code (<c>sentry_sdk.init</c>, Rollbar, Bugsnag, ...).</summary>
/// <param name="Provider">The call found.</param>
public sealed record ErrorTrackingFact(Location Location, string Provider);
