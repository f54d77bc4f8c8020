using System.Collections.Immutable;
using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary><c>t1 = t2 = value</c>: one target per <c>=</c>.</summary>
public sealed record Assign(TextRange Range, ImmutableArray<Expr> Targets, Expr Value, string? TypeComment) : Stmt(Range)
{
    public override void WalkChildren(NodeWalker walker)
    {
        walker.Walk(Targets);
        walker.Walk(Value);
    }
}
