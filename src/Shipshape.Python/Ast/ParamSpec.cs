using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary><c>**P</c> in a type parameter list.</summary>
public sealed record ParamSpec(TextRange Range, string Name) : TypeParam(Range)
{
    public override void WalkChildren(NodeWalker walker)
    {
    }
}
