using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary><c>target := value</c>.</summary>
public sealed record NamedExpr(TextRange Range, Expr Target, Expr Value) : Expr(Range)
{
    public override void WalkChildren(NodeWalker walker)
    {
        walker.Walk(Target);
        walker.Walk(Value);
    }
}
