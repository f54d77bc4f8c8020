using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary><c>return [value]</c>.</summary>
public sealed record Return(TextRange Range, Expr? Value) : Stmt(Range)
{
    public override void WalkChildren(NodeWalker walker)
    {
        walker.Walk(Value);
    }
}
