using System.Collections.Immutable;
using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary><c>case pattern [if guard]: body</c>. CPython gives it no position; ours spans the case.</summary>
public sealed record MatchCase(TextRange Range, Pattern Pattern, Expr? Guard, ImmutableArray<Stmt> Body) : Node(Range)
{
    public override void WalkChildren(NodeWalker walker)
    {
        walker.Walk(Pattern);
        walker.Walk(Guard);
        walker.Walk(Body);
    }
}
