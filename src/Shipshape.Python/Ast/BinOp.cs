using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary><c>left op right</c>.</summary>
public sealed record BinOp(TextRange Range, Expr Left, Operator Op, Expr Right) : Expr(Range)
{
    public override void WalkChildren(NodeWalker walker)
    {
        walker.Walk(Left);
        walker.Walk(Right);
    }
}
