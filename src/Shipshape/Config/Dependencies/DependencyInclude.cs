namespace Shipshape.Config.Dependencies;

/// <summary>
/// A <c>-r file</c> (requirements) or <c>-c file</c> (constraints) line; <see cref="Path"/> is as
/// written, relative to the file that contains the line.
/// </summary>
public sealed record DependencyInclude(string Path, bool IsConstraint, SourcePosition Position);
