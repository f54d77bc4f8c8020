using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary><c>arg=value</c> in a call or class bases; <c>**value</c> has a null <see cref="Arg"/>.</summary>
public sealed record Keyword(TextRange Range, string? Arg, Expr Value) : Node(Range)
{
    public override void WalkChildren(NodeWalker walker)
    {
        walker.Walk(Value);
    }
}
