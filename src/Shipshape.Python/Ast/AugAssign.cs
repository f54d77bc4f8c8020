using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary><c>target op= value</c>.</summary>
public sealed record AugAssign(TextRange Range, Expr Target, Operator Op, Expr Value) : Stmt(Range)
{
    public override void WalkChildren(NodeWalker walker)
    {
        walker.Walk(Target);
        walker.Walk(Value);
    }
}
