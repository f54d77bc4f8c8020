using System.Collections.Immutable;
using Shipshape.Python.Ast;
using Shipshape.Python.Semantics;
using Tuple = Shipshape.Python.Ast.Tuple;

namespace Shipshape.Facts.Python;

/// <summary>The strings of a literal list, tuple or set (or one string), following module constants; null when any item is not static.</summary>
public static class StaticStrings
{
    public static ImmutableArray<string>? Of(Expr expression, SemanticModel semantics, int depth = 0)
    {
        if (depth > 8) return null;
        var elements = expression switch
        {
            List list => list.Elts,
            Tuple tuple => tuple.Elts,
            Set set => set.Elts,
            _ => (ImmutableArray<Expr>?)null,
        };
        if (elements is null)
        {
            if (expression is Name constant && semantics.Constants.TryGetValue(constant.Id, out var value)) return Of(value, semantics, depth + 1);
            return semantics.StaticString(expression) is { } single ? [single] : null;
        }

        var items = ImmutableArray.CreateBuilder<string>();
        foreach (var element in elements.Value)
        {
            if (semantics.StaticString(element) is not { } text) return null;
            items.Add(text);
        }

        return items.ToImmutable();
    }
}
