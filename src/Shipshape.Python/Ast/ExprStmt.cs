using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary>An expression used as a statement (CPython's <c>Expr</c> statement; renamed because <see cref="Ast.Expr"/> is the expression base).</summary>
public sealed record ExprStmt(TextRange Range, Expr Value) : Stmt(Range)
{
    public override void WalkChildren(NodeWalker walker)
    {
        walker.Walk(Value);
    }
}
