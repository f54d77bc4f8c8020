using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary><c>op operand</c>.</summary>
public sealed record UnaryOp(TextRange Range, UnaryOperator Op, Expr Operand) : Expr(Range)
{
    public override void WalkChildren(NodeWalker walker)
    {
        walker.Walk(Operand);
    }
}
