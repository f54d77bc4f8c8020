using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary><c>lower:upper:step</c> inside a subscript.</summary>
public sealed record Slice(TextRange Range, Expr? Lower, Expr? Upper, Expr? Step) : Expr(Range)
{
    public override void WalkChildren(NodeWalker walker)
    {
        walker.Walk(Lower);
        walker.Walk(Upper);
        walker.Walk(Step);
    }
}
