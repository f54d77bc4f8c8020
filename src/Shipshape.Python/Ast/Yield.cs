using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary><c>yield [value]</c>.</summary>
public sealed record Yield(TextRange Range, Expr? Value) : Expr(Range)
{
    public override void WalkChildren(NodeWalker walker)
    {
        walker.Walk(Value);
    }
}
