using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary><c>context_expr [as optional_vars]</c>. CPython gives it no position; ours spans the item.</summary>
public sealed record WithItem(TextRange Range, Expr ContextExpr, Expr? OptionalVars) : Node(Range)
{
    public override void WalkChildren(NodeWalker walker)
    {
        walker.Walk(ContextExpr);
        walker.Walk(OptionalVars);
    }
}
