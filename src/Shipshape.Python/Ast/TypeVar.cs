using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary><c>T</c> or <c>T: bound</c> in a type parameter list.</summary>
public sealed record TypeVar(TextRange Range, string Name, Expr? Bound) : TypeParam(Range)
{
    public override void WalkChildren(NodeWalker walker)
    {
        walker.Walk(Bound);
    }
}
