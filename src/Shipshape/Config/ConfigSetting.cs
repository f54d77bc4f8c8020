using Shipshape.Model;

namespace Shipshape.Config;

/// <summary>
/// An environment setting written in a configuration file (env file, compose <c>environment</c>,
/// Dockerfile <c>ENV</c>/<c>ARG</c>), located for reports. <see cref="MayReachProduction"/> is false
/// for templates and development-only files, services and stages.
/// </summary>
public sealed record ConfigSetting(string Name, string Value, Location Location, Location ValueLocation, bool MayReachProduction, string Origin);
