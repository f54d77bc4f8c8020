using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary><c>assert test[, msg]</c>.</summary>
public sealed record Assert(TextRange Range, Expr Test, Expr? Msg) : Stmt(Range)
{
    public override void WalkChildren(NodeWalker walker)
    {
        walker.Walk(Test);
        walker.Walk(Msg);
    }
}
