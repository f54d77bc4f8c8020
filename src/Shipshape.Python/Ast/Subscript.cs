using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary><c>value[slice]</c>.</summary>
public sealed record Subscript(TextRange Range, Expr Value, Expr Slice, ExprContext Ctx) : Expr(Range)
{
    public override void WalkChildren(NodeWalker walker)
    {
        walker.Walk(Value);
        walker.Walk(Slice);
    }
}
