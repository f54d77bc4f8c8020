using System.Collections.Immutable;
using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary><c>{k: v, **d}</c>; a <c>**d</c> entry has a null key.</summary>
public sealed record Dict(TextRange Range, ImmutableArray<Expr?> Keys, ImmutableArray<Expr> Values) : Expr(Range)
{
    public override void WalkChildren(NodeWalker walker)
    {
        walker.WalkPairs(Keys, Values);
    }
}
