using System.Collections.Immutable;
using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary><c>func(args, keywords)</c>; <c>*x</c> is a <see cref="Starred"/> in <see cref="Args"/>, <c>**x</c> a keyword with a null name.</summary>
public sealed record Call(TextRange Range, Expr Func, ImmutableArray<Expr> Args, ImmutableArray<Keyword> Keywords) : Expr(Range)
{
    public override void WalkChildren(NodeWalker walker)
    {
        walker.Walk(Func);
        walker.WalkMerged(Args, Keywords);
    }
}
