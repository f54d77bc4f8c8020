namespace Shipshape.Config.Servers;

/// <summary>A Procfile line: <c>web: gunicorn app:app</c>.</summary>
public sealed record ProcfileEntry(string ProcessType, string Command, SourcePosition Position, SourcePosition CommandPosition);
