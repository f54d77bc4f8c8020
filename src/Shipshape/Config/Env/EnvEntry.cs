namespace Shipshape.Config.Env;

/// <summary>
/// One <c>KEY=value</c> line of an env file. <see cref="RawValue"/> is the value as written with
/// quotes removed and escapes applied; <see cref="Value"/> also has <c>${VAR}</c> references to
/// earlier keys expanded (unknown references expand to nothing, as python-dotenv and compose do).
/// </summary>
public sealed record EnvEntry(
    string Key,
    string Value,
    string RawValue,
    EnvQuoting Quoting,
    bool IsExported,
    SourcePosition Position,
    SourcePosition ValuePosition)
{
    /// <summary>True when the value is taken from elsewhere (<c>${VAR}</c>) rather than written literally.</summary>
    public bool IsInterpolated => Quoting != EnvQuoting.Single && VariableExpander.ContainsReference(RawValue);
}
