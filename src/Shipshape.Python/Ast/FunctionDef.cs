using System.Collections.Immutable;
using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary><c>def name(args) -&gt; returns: body</c>. Its range starts at <c>def</c>, after the decorators (as in CPython).</summary>
public sealed record FunctionDef(TextRange Range, string Name, Arguments Args, ImmutableArray<Stmt> Body, ImmutableArray<Expr> DecoratorList, Expr? Returns, string? TypeComment, ImmutableArray<TypeParam> TypeParams) : Stmt(Range)
{
    public override void WalkChildren(NodeWalker walker)
    {
        walker.Walk(DecoratorList);
        walker.Walk(TypeParams);
        walker.Walk(Args);
        walker.Walk(Returns);
        walker.Walk(Body);
    }
}
