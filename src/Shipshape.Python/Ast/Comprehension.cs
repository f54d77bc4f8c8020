using System.Collections.Immutable;
using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary>One <c>[async] for target in iter if ...</c> clause. CPython gives it no position; ours spans the clause.</summary>
public sealed record Comprehension(TextRange Range, Expr Target, Expr Iter, ImmutableArray<Expr> Ifs, int IsAsync) : Node(Range)
{
    public override void WalkChildren(NodeWalker walker)
    {
        walker.Walk(Target);
        walker.Walk(Iter);
        walker.Walk(Ifs);
    }
}
