using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary><c>*Ts</c> in a type parameter list.</summary>
public sealed record TypeVarTuple(TextRange Range, string Name) : TypeParam(Range)
{
    public override void WalkChildren(NodeWalker walker)
    {
    }
}
