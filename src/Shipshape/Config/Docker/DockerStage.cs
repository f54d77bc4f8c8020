using System.Collections.Immutable;

namespace Shipshape.Config.Docker;

/// <summary>
/// One build stage: its FROM instruction and the instructions up to the next FROM.
/// <see cref="BaseStage"/> is set when FROM names an earlier stage (<c>FROM base AS app</c>),
/// in which case the stage inherits that stage's USER, ENV, HEALTHCHECK and CMD.
/// </summary>
public sealed record DockerStage(
    int Index,
    string? Name,
    DockerImageReference Image,
    DockerStage? BaseStage,
    DockerInstruction From,
    ImmutableArray<DockerInstruction> Instructions)
{
    /// <summary>This stage's instructions preceded by those of the stages it is built on.</summary>
    public IEnumerable<DockerInstruction> InheritedInstructions =>
        (BaseStage?.InheritedInstructions ?? []).Concat(Instructions);

    /// <summary>The last instruction with this keyword in the stage or the stages it builds on.</summary>
    public DockerInstruction? Last(string keyword) => InheritedInstructions.LastOrDefault(i => i.Is(keyword));
}
