using System.Collections.Immutable;
using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary><c>{a, b}</c>.</summary>
public sealed record Set(TextRange Range, ImmutableArray<Expr> Elts) : Expr(Range)
{
    public override void WalkChildren(NodeWalker walker)
    {
        walker.Walk(Elts);
    }
}
