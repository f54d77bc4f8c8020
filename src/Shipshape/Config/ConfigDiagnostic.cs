namespace Shipshape.Config;

/// <summary>
/// A problem met while reading a configuration file. Front ends never throw on bad input:
/// they keep what they could read and report the rest as diagnostics.
/// </summary>
public sealed record ConfigDiagnostic(string Message, SourcePosition Position)
{
    public override string ToString() => $"{Position}: {Message}";
}
