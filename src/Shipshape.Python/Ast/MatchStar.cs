using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary><c>*name</c> in a sequence pattern (<c>*_</c> has a null name).</summary>
public sealed record MatchStar(TextRange Range, string? Name) : Pattern(Range)
{
    public override void WalkChildren(NodeWalker walker)
    {
    }
}
