namespace Shipshape.Config;

/// <summary>A scalar read from a configuration file together with where it was written.</summary>
public sealed record Located<T>(T Value, SourcePosition Position);
