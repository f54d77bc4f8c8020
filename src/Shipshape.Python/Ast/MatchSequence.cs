using System.Collections.Immutable;
using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary><c>[p1, *rest]</c> or <c>(p1, p2)</c>.</summary>
public sealed record MatchSequence(TextRange Range, ImmutableArray<Pattern> Patterns) : Pattern(Range)
{
    public override void WalkChildren(NodeWalker walker)
    {
        walker.Walk(Patterns);
    }
}
