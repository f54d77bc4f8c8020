using System.Collections.Immutable;
using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary><c>async with</c>.</summary>
public sealed record AsyncWith(TextRange Range, ImmutableArray<WithItem> Items, ImmutableArray<Stmt> Body, string? TypeComment) : Stmt(Range)
{
    public override void WalkChildren(NodeWalker walker)
    {
        walker.Walk(Items);
        walker.Walk(Body);
    }
}
