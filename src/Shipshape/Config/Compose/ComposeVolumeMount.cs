namespace Shipshape.Config.Compose;

/// <summary>
/// A service volume in short (<c>source:target[:mode]</c>) or long (<c>type/source/target</c>) form.
/// <see cref="Source"/> is null for an anonymous volume.
/// </summary>
public sealed record ComposeVolumeMount(string? Source, string Target, ComposeVolumeKind Kind, SourcePosition Position);

public enum ComposeVolumeKind
{
    Anonymous,
    Named,
    Bind,
    Tmpfs,
}
