using System.Collections.Immutable;
using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary><c>for target in iter: body else: orelse</c>.</summary>
public sealed record For(TextRange Range, Expr Target, Expr Iter, ImmutableArray<Stmt> Body, ImmutableArray<Stmt> OrElse, string? TypeComment) : Stmt(Range)
{
    public override void WalkChildren(NodeWalker walker)
    {
        walker.Walk(Target);
        walker.Walk(Iter);
        walker.Walk(Body);
        walker.Walk(OrElse);
    }
}
