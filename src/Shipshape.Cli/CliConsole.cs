namespace Shipshape.Cli;

/// <summary>Where a command writes: standard output and error, and whether a person watches a terminal.</summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error, bool Interactive);
