using System.Collections.Immutable;
using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary><c>if test: body else: orelse</c>; an <c>elif</c> is a nested <see cref="If"/> alone in <see cref="OrElse"/>.</summary>
public sealed record If(TextRange Range, Expr Test, ImmutableArray<Stmt> Body, ImmutableArray<Stmt> OrElse) : Stmt(Range)
{
    public override void WalkChildren(NodeWalker walker)
    {
        walker.Walk(Test);
        walker.Walk(Body);
        walker.Walk(OrElse);
    }
}
