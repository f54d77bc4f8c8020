using System.Collections.Immutable;
using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary><c>left op1 c1 op2 c2</c>: a chained comparison.</summary>
public sealed record Compare(TextRange Range, Expr Left, ImmutableArray<CmpOp> Ops, ImmutableArray<Expr> Comparators) : Expr(Range)
{
    public override void WalkChildren(NodeWalker walker)
    {
        walker.Walk(Left);
        walker.Walk(Comparators);
    }
}
