using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary>A literal or dotted-name value pattern.</summary>
public sealed record MatchValue(TextRange Range, Expr Value) : Pattern(Range)
{
    public override void WalkChildren(NodeWalker walker)
    {
        walker.Walk(Value);
    }
}
