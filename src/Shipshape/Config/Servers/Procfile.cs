using System.Collections.Immutable;

namespace Shipshape.Config.Servers;

/// <summary>A parsed Procfile (Heroku and compatible platforms): one process type per line.</summary>
public sealed record Procfile(ImmutableArray<ProcfileEntry> Entries, ImmutableArray<ConfigDiagnostic> Diagnostics);
