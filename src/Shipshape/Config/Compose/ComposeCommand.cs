using System.Collections.Immutable;

namespace Shipshape.Config.Compose;

/// <summary>
/// A service's <c>command</c>, <c>entrypoint</c> or healthcheck <c>test</c>: a list of words, or a
/// string that compose splits into words shell-style.
/// </summary>
public sealed record ComposeCommand(bool IsList, ImmutableArray<string> Words, string Text, SourcePosition Position);
