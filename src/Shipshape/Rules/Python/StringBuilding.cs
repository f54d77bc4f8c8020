using Shipshape.Python.Ast;
using Shipshape.Python.Semantics;
using Attribute = Shipshape.Python.Ast.Attribute;

namespace Shipshape.Rules.Python;

/// <summary>
/// Recognises strings assembled at run time from values that are not known statically:
/// f-strings with replacement fields, <c>"..." % x</c>, <c>"..." + x</c> and <c>"...".format(x)</c>.
/// Pieces that are module constants or literals do not count (<c>f"SELECT * FROM {TABLE}"</c> is static).
/// </summary>
public static class StringBuilding
{
    /// <summary>How the string is built ("f-string", "%", "+", ".format"), or null when it is not built from dynamic values.</summary>
    public static string? DynamicKind(Expr expression, SemanticModel semantics) => expression switch
    {
        JoinedStr joined when joined.Values.Any(v => v is FormattedValue f && semantics.StaticValue(f.Value) is null) => "f-string",
        BinOp { Op: Operator.Mod } percent when semantics.StaticString(percent.Left) is not null
            && semantics.StaticValue(percent.Right) is null => "%",
        BinOp { Op: Operator.Add } sum when semantics.StaticValue(sum) is null && Operands(sum).Any(o => semantics.StaticString(o) is not null || o is JoinedStr) => "+",
        Call { Func: Attribute { Attr: "format", Value: var template } } format
            when semantics.StaticString(template) is not null && (format.Args.Length > 0 || format.Keywords.Length > 0) => ".format",
        _ => null,
    };

    /// <summary>The literal text pieces of a string expression (constants, f-string literals, format templates).</summary>
    public static IEnumerable<string> LiteralPieces(Expr expression, SemanticModel semantics)
    {
        if (semantics.StaticString(expression) is { } whole)
        {
            yield return whole;
            yield break;
        }

        switch (expression)
        {
            case JoinedStr joined:
                foreach (var part in joined.Values)
                {
                    if (part is Constant { Value: ConstantValue.StrValue text }) yield return text.Value;
                }

                break;
            case BinOp binary:
                foreach (var piece in LiteralPieces(binary.Left, semantics).Concat(LiteralPieces(binary.Right, semantics))) yield return piece;
                break;
            case Call { Func: Attribute { Attr: "format", Value: var template } }:
                foreach (var piece in LiteralPieces(template, semantics)) yield return piece;
                break;
        }
    }

    /// <summary>The operands of a chain of <c>+</c>, left to right.</summary>
    private static IEnumerable<Expr> Operands(Expr expression) => expression is BinOp { Op: Operator.Add } sum
        ? Operands(sum.Left).Concat(Operands(sum.Right))
        : [expression];
}
