using System.Collections.Immutable;

namespace Shipshape.Config.Docker;

/// <summary>A HEALTHCHECK instruction: either <c>NONE</c> (disabled) or <c>CMD</c> with its command.</summary>
public sealed record DockerHealthcheck(bool IsDisabled, DockerCommand? Command, ImmutableArray<DockerFlag> Options, DockerInstruction Instruction)
{
    public static DockerHealthcheck FromInstruction(DockerInstruction instruction)
    {
        var args = instruction.Arguments.TrimStart();
        if (args.Equals("NONE", StringComparison.OrdinalIgnoreCase))
            return new DockerHealthcheck(true, null, instruction.Flags, instruction);
        var command = args.StartsWith("CMD", StringComparison.OrdinalIgnoreCase) ? args[3..] : args;
        return new DockerHealthcheck(false, DockerCommand.FromArguments(command), instruction.Flags, instruction);
    }
}
