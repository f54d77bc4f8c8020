namespace Shipshape.Config;

/// <summary>A place in a configuration file: 1-based line and 1-based column, in characters.</summary>
public readonly record struct SourcePosition(int Line, int Column)
{
    public override string ToString() => $"{Line}:{Column}";
}
