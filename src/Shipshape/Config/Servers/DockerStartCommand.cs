using Shipshape.Config.Docker;

namespace Shipshape.Config.Servers;

/// <summary>What a Dockerfile stage's container runs, in the shape the server recogniser reads.</summary>
public static class DockerStartCommand
{
    /// <summary>The instruction that decides what the container runs: CMD, or ENTRYPOINT when there is no CMD.</summary>
    public static DockerInstruction? Instruction(DockerStage stage) => stage.Last("CMD") ?? stage.Last("ENTRYPOINT");

    /// <summary>ENTRYPOINT followed by CMD, as Docker joins them; CMD alone when the entrypoint is a wrapper script.</summary>
    public static IReadOnlyList<string> Words(DockerStage stage)
    {
        var joined = Dockerfile.StartCommands(stage).SelectMany(c => c.Words).ToList();
        if (ServerCommandLine.Parse(joined).Count > 0 || stage.Last("CMD") is not { } cmd)
            return joined;
        return DockerCommand.FromArguments(cmd.Arguments).Words;
    }

    /// <summary>The servers the stage's container starts, with the instruction to point at.</summary>
    public static IReadOnlyList<ServerInvocation> Servers(DockerStage stage) =>
        Instruction(stage) is null ? [] : ServerCommandLine.Parse(Words(stage));
}
