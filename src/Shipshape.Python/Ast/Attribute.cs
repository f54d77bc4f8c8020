using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary><c>value.attr</c>.</summary>
public sealed record Attribute(TextRange Range, Expr Value, string Attr, ExprContext Ctx) : Expr(Range)
{
    public override void WalkChildren(NodeWalker walker)
    {
        walker.Walk(Value);
    }
}
