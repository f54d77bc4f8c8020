using System.Collections.Immutable;
using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary><c>while test: body else: orelse</c>.</summary>
public sealed record While(TextRange Range, Expr Test, ImmutableArray<Stmt> Body, ImmutableArray<Stmt> OrElse) : Stmt(Range)
{
    public override void WalkChildren(NodeWalker walker)
    {
        walker.Walk(Test);
        walker.Walk(Body);
        walker.Walk(OrElse);
    }
}
