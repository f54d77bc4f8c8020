using System.Collections.Immutable;
using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary><c>try/except*</c> (PEP 654).</summary>
public sealed record TryStar(TextRange Range, ImmutableArray<Stmt> Body, ImmutableArray<ExceptHandler> Handlers, ImmutableArray<Stmt> OrElse, ImmutableArray<Stmt> FinalBody) : Stmt(Range)
{
    public override void WalkChildren(NodeWalker walker)
    {
        walker.Walk(Body);
        walker.Walk(Handlers);
        walker.Walk(OrElse);
        walker.Walk(FinalBody);
    }
}
