using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary><c>await value</c>.</summary>
public sealed record Await(TextRange Range, Expr Value) : Expr(Range)
{
    public override void WalkChildren(NodeWalker walker)
    {
        walker.Walk(Value);
    }
}
