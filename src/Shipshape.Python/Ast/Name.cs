using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary>An identifier (NFKC-normalized, as CPython stores it).</summary>
public sealed record Name(TextRange Range, string Id, ExprContext Ctx) : Expr(Range)
{
    public override void WalkChildren(NodeWalker walker)
    {
    }
}
