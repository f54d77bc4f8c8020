using System.Collections.Immutable;

namespace Shipshape.Config.Toml;

/// <summary>A TOML file read by <see cref="TomlReader"/>: the root table and any problems met.</summary>
public sealed record TomlDocument(TomlTable Root, ImmutableArray<ConfigDiagnostic> Diagnostics);
