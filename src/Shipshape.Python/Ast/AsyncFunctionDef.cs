using System.Collections.Immutable;
using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary><c>async def</c>. Its range starts at <c>async</c>, after the decorators (as in CPython).</summary>
public sealed record AsyncFunctionDef(TextRange Range, string Name, Arguments Args, ImmutableArray<Stmt> Body, ImmutableArray<Expr> DecoratorList, Expr? Returns, string? TypeComment, ImmutableArray<TypeParam> TypeParams) : Stmt(Range)
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
