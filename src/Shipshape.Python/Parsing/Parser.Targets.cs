using System.Collections.Immutable;
using Shipshape.Python.Ast;
using Shipshape.Python.Lexing;

using Attribute = Shipshape.Python.Ast.Attribute;
using Tuple = Shipshape.Python.Ast.Tuple;

namespace Shipshape.Python.Parsing;

internal sealed partial class Parser
{
    /// <summary>star_targets: star_target !',' | star_target (',' star_target)* [','] — in Store context.</summary>
    private Expr ParseStarTargets()
    {
        int start = Start;
        var first = ParseStarTarget();
        if (K != TokenKind.Comma)
        {
            return ToTarget(first, ExprContext.Store);
        }
        var elts = ImmutableArray.CreateBuilder<Expr>();
        elts.Add(first);
        while (Eat(TokenKind.Comma) && K is not (TokenKind.In or TokenKind.Equal))
        {
            elts.Add(ParseStarTarget());
        }
        return ToTarget(new Tuple(R(start), elts.ToImmutable(), ExprContext.Load), ExprContext.Store);
    }

    /// <summary>star_target: '*' (!'*' star_target) | target_with_star_atom (parsed as an
    /// expression without comparisons, then checked by <see cref="ToTarget"/>).</summary>
    private Expr ParseStarTarget()
    {
        if (K != TokenKind.Star)
        {
            return ParseBitwiseOr();
        }
        int start = Start;
        Advance();
        if (K == TokenKind.Star)
        {
            throw Fail("invalid syntax");
        }
        Enter();
        var value = ParseStarTarget();
        Leave();
        return new Starred(R(start), value, ExprContext.Load);
    }

    /// <summary>Turns an expression parsed in Load context into an assignment or deletion
    /// target, or fails with CPython's message ("cannot assign to function call", ...).</summary>
    private Expr ToTarget(Expr expr, ExprContext ctx)
    {
        switch (expr)
        {
            case Name name:
                return name with { Ctx = ctx };
            case Attribute attribute:
                return attribute with { Ctx = ctx };
            case Subscript subscript:
                return subscript with { Ctx = ctx };
            case Starred starred when ctx != ExprContext.Del:
                // "*a = b" is the compiler's error, not the parser's: ast.parse accepts it.
                return starred with { Value = ToTarget(starred.Value, ctx), Ctx = ctx };
            case Tuple tuple:
                return tuple with { Elts = ToTargets(tuple.Elts, ctx), Ctx = ctx };
            case List list:
                return list with { Elts = ToTargets(list.Elts, ctx), Ctx = ctx };
            default:
                string verb = ctx == ExprContext.Del ? "delete" : "assign to";
                throw FailOn(expr, $"cannot {verb} {DescribeExpression(expr)}");
        }
    }

    private ImmutableArray<Expr> ToTargets(ImmutableArray<Expr> elts, ExprContext ctx)
    {
        var builder = ImmutableArray.CreateBuilder<Expr>(elts.Length);
        foreach (var elt in elts)
        {
            builder.Add(ToTarget(elt, ctx));
        }
        return builder.MoveToImmutable();
    }

    /// <summary>How CPython names an expression in error messages.</summary>
    private static string DescribeExpression(Expr expr) => expr switch
    {
        Attribute => "attribute",
        Subscript => "subscript",
        Starred => "starred",
        Name => "name",
        List => "list",
        Tuple => "tuple",
        Lambda => "lambda",
        Call => "function call",
        BoolOp or BinOp or UnaryOp => "expression",
        GeneratorExp => "generator expression",
        Yield or YieldFrom => "yield expression",
        Await => "await expression",
        ListComp => "list comprehension",
        SetComp => "set comprehension",
        DictComp => "dict comprehension",
        Dict => "dict literal",
        Set => "set display",
        JoinedStr or FormattedValue => "f-string expression",
        Constant { Value: ConstantValue.NoneValue } => "None",
        Constant { Value: ConstantValue.BoolValue { Value: true } } => "True",
        Constant { Value: ConstantValue.BoolValue { Value: false } } => "False",
        Constant { Value: ConstantValue.EllipsisValue } => "ellipsis",
        Constant => "literal",
        Compare => "comparison",
        IfExp => "conditional expression",
        NamedExpr => "named expression",
        _ => "expression",
    };
}
