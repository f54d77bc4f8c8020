using System.Collections.Immutable;
using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary><c>match subject:</c> with its <c>case</c> blocks.</summary>
public sealed record Match(TextRange Range, Expr Subject, ImmutableArray<MatchCase> Cases) : Stmt(Range)
{
    public override void WalkChildren(NodeWalker walker)
    {
        walker.Walk(Subject);
        walker.Walk(Cases);
    }
}
