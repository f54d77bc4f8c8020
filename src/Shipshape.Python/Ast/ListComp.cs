using System.Collections.Immutable;
using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary><c>[elt for ...]</c>.</summary>
public sealed record ListComp(TextRange Range, Expr Elt, ImmutableArray<Comprehension> Generators) : Expr(Range)
{
    public override void WalkChildren(NodeWalker walker)
    {
        walker.Walk(Elt);
        walker.Walk(Generators);
    }
}
