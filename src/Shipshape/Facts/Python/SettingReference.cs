using Shipshape.Python.Ast;
using Shipshape.Python.Semantics;
using Attribute = Shipshape.Python.Ast.Attribute;

namespace Shipshape.Facts.Python;

/// <summary>The setting an expression reads from another object: <c>settings.ALLOWED_ORIGINS</c> and <c>app.config['X']</c> name "ALLOWED_ORIGINS" and "X".</summary>
public static class SettingReference
{
    public static string? Of(SemanticModel semantics, Expr? expression) => expression switch
    {
        Attribute attribute => attribute.Attr,
        Subscript subscript => semantics.StaticString(subscript.Slice),
        _ => null,
    };
}
