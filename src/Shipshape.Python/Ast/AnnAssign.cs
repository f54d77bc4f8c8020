using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary><c>target: annotation [= value]</c>; <see cref="Simple"/> is 1 for a plain unparenthesized name.</summary>
public sealed record AnnAssign(TextRange Range, Expr Target, Expr Annotation, Expr? Value, int Simple) : Stmt(Range)
{
    public override void WalkChildren(NodeWalker walker)
    {
        walker.Walk(Target);
        walker.Walk(Annotation);
        walker.Walk(Value);
    }
}
