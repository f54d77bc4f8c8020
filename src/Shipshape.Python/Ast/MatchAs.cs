using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary><c>pattern as name</c>, a capture <c>name</c>, or the wildcard <c>_</c> (both null).</summary>
public sealed record MatchAs(TextRange Range, Pattern? Pattern, string? Name) : Pattern(Range)
{
    public override void WalkChildren(NodeWalker walker)
    {
        walker.Walk(Pattern);
    }
}
