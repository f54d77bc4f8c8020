using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary><c>*value</c>.</summary>
public sealed record Starred(TextRange Range, Expr Value, ExprContext Ctx) : Expr(Range)
{
    public override void WalkChildren(NodeWalker walker)
    {
        walker.Walk(Value);
    }
}
