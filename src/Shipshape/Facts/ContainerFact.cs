using Shipshape.Model;

namespace Shipshape.Facts;

/// <summary>
/// The project ships as a container image: one per Dockerfile (its final stage's FROM) or compose
/// service. <see cref="WorkingDirectory"/> is the final WORKDIR (or the service's <c>working_dir</c>), when known.
/// </summary>
public sealed record ContainerFact(string Name, string? WorkingDirectory, Location Location);
