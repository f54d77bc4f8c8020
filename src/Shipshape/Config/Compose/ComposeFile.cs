using System.Collections.Immutable;

namespace Shipshape.Config.Compose;

/// <summary>A parsed compose file: its services, its top-level named volumes and any read problems.</summary>
public sealed record ComposeFile(
    ImmutableArray<ComposeService> Services,
    ImmutableArray<Located<string>> NamedVolumes,
    ImmutableArray<ConfigDiagnostic> Diagnostics);
