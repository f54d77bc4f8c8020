namespace Shipshape.Config.Compose;

/// <summary>
/// One entry of a service's <c>environment</c>, from either the list form (<c>- KEY=value</c>) or
/// the map form (<c>KEY: value</c>). <see cref="Value"/> is null when the entry only names a variable
/// to pass through from the host (<c>- KEY</c> or <c>KEY:</c>).
/// </summary>
public sealed record ComposeEnvironmentVariable(string Name, string? Value, SourcePosition Position, SourcePosition ValuePosition);
