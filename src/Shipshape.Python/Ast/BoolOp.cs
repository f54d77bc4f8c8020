using System.Collections.Immutable;
using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary><c>a and b and c</c>: one node for a run of the same operator.</summary>
public sealed record BoolOp(TextRange Range, BoolOperator Op, ImmutableArray<Expr> Values) : Expr(Range)
{
    public override void WalkChildren(NodeWalker walker)
    {
        walker.Walk(Values);
    }
}
