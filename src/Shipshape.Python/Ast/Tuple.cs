using System.Collections.Immutable;
using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary><c>a, b</c> or <c>(a, b)</c>; parentheses are in the range only when written.</summary>
public sealed record Tuple(TextRange Range, ImmutableArray<Expr> Elts, ExprContext Ctx) : Expr(Range)
{
    public override void WalkChildren(NodeWalker walker)
    {
        walker.Walk(Elts);
    }
}
