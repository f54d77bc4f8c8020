using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary><c>body if test else orelse</c>.</summary>
public sealed record IfExp(TextRange Range, Expr Test, Expr Body, Expr OrElse) : Expr(Range)
{
    public override void WalkChildren(NodeWalker walker)
    {
        walker.Walk(Body);
        walker.Walk(Test);
        walker.Walk(OrElse);
    }
}
