using System.Collections.Immutable;
using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary><c>except [type [as name]]: body</c> (CPython's <c>excepthandler</c> has this single kind).</summary>
public sealed record ExceptHandler(TextRange Range, Expr? Type, string? Name, ImmutableArray<Stmt> Body) : Node(Range)
{
    public override void WalkChildren(NodeWalker walker)
    {
        walker.Walk(Type);
        walker.Walk(Body);
    }
}
