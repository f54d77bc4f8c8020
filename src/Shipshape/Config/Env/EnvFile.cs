using System.Collections.Immutable;

namespace Shipshape.Config.Env;

/// <summary>A parsed env file: its entries in order and any read problems.</summary>
public sealed record EnvFile(ImmutableArray<EnvEntry> Entries, ImmutableArray<ConfigDiagnostic> Diagnostics)
{
    /// <summary>The last entry with this key (later lines override earlier ones), or null.</summary>
    public EnvEntry? this[string key] => Entries.LastOrDefault(e => e.Key == key);
}
