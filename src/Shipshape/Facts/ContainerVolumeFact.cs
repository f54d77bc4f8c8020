using Shipshape.Model;

namespace Shipshape.Facts;

/// <summary>A path inside a container that outlives it: a Dockerfile <c>VOLUME</c> or a compose volume's target.</summary>
public sealed record ContainerVolumeFact(string Target, Location Location);
