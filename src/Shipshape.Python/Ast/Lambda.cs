using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary><c>lambda args: body</c>.</summary>
public sealed record Lambda(TextRange Range, Arguments Args, Expr Body) : Expr(Range)
{
    public override void WalkChildren(NodeWalker walker)
    {
        walker.Walk(Args);
        walker.Walk(Body);
    }
}
