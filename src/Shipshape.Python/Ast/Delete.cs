using System.Collections.Immutable;
using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary><c>del targets</c>.</summary>
public sealed record Delete(TextRange Range, ImmutableArray<Expr> Targets) : Stmt(Range)
{
    public override void WalkChildren(NodeWalker walker)
    {
        walker.Walk(Targets);
    }
}
