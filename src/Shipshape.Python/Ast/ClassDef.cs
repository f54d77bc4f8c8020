using System.Collections.Immutable;
using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary><c>class name(bases, keywords): body</c>. Its range starts at <c>class</c>, after the decorators (as in CPython).</summary>
public sealed record ClassDef(TextRange Range, string Name, ImmutableArray<Expr> Bases, ImmutableArray<Keyword> Keywords, ImmutableArray<Stmt> Body, ImmutableArray<Expr> DecoratorList, ImmutableArray<TypeParam> TypeParams) : Stmt(Range)
{
    public override void WalkChildren(NodeWalker walker)
    {
        walker.Walk(DecoratorList);
        walker.Walk(TypeParams);
        walker.WalkMerged(Bases, Keywords);
        walker.Walk(Body);
    }
}
