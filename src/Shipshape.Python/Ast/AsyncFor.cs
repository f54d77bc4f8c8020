using System.Collections.Immutable;
using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary><c>async for</c>.</summary>
public sealed record AsyncFor(TextRange Range, Expr Target, Expr Iter, ImmutableArray<Stmt> Body, ImmutableArray<Stmt> OrElse, string? TypeComment) : Stmt(Range)
{
    public override void WalkChildren(NodeWalker walker)
    {
        walker.Walk(Target);
        walker.Walk(Iter);
        walker.Walk(Body);
        walker.Walk(OrElse);
    }
}
