namespace Shipshape.Config.Docker;

/// <summary>An instruction flag such as <c>--from=builder</c> or <c>--interval=30s</c>.</summary>
public sealed record DockerFlag(string Name, string? Value);
