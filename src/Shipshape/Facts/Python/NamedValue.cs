using Shipshape.Python.Ast;
using Shipshape.Python.Semantics;

namespace Shipshape.Facts.Python;

/// <summary>
/// A figure as the code writes it: the keyword, key or unit that names it (<c>pool_size</c>,
/// <c>maxBytes</c>, <c>minutes</c>), its value, and, when the value comes from the configuration
/// (<c>settings.LOCKOUT_MINUTES</c>, <c>app.config['MAX_BYTES']</c>), the setting's name to look up there.
/// </summary>
public sealed record NamedValue(string Name, PythonValue Value, string? Reference)
{
    public static NamedValue Read(string name, Expr expression, PythonValueReader values, SemanticModel semantics)
    {
        var value = values.Read(expression);
        return new(name, value, value is PythonValue.Unknown ? SettingReference.Of(semantics, expression) : null);
    }

    public override string ToString() => $"{Name} = {Value}{(Reference is null ? "" : $" (from {Reference})")}";
}
