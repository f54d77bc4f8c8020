using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary><c>raise [exc [from cause]]</c>.</summary>
public sealed record Raise(TextRange Range, Expr? Exc, Expr? Cause) : Stmt(Range)
{
    public override void WalkChildren(NodeWalker walker)
    {
        walker.Walk(Exc);
        walker.Walk(Cause);
    }
}
