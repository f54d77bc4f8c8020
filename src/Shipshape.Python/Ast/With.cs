using System.Collections.Immutable;
using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary><c>with items: body</c>.</summary>
public sealed record With(TextRange Range, ImmutableArray<WithItem> Items, ImmutableArray<Stmt> Body, string? TypeComment) : Stmt(Range)
{
    public override void WalkChildren(NodeWalker walker)
    {
        walker.Walk(Items);
        walker.Walk(Body);
    }
}
