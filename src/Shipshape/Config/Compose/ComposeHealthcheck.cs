namespace Shipshape.Config.Compose;

/// <summary>
/// A service's <c>healthcheck</c>. <see cref="IsDisabled"/> is true for <c>disable: true</c> or a
/// test of <c>["NONE"]</c>; <see cref="Test"/> is null when the image's own HEALTHCHECK is kept.
/// </summary>
public sealed record ComposeHealthcheck(bool IsDisabled, ComposeCommand? Test, SourcePosition Position);
