using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary><c>None</c>, <c>True</c> or <c>False</c> as a pattern.</summary>
public sealed record MatchSingleton(TextRange Range, ConstantValue Value) : Pattern(Range)
{
    public override void WalkChildren(NodeWalker walker)
    {
    }
}
