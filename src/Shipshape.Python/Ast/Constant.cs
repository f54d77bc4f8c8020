using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary>A literal; <see cref="Kind"/> is "u" for a <c>u"..."</c> string, null otherwise.</summary>
public sealed record Constant(TextRange Range, ConstantValue Value, string? Kind) : Expr(Range)
{
    public override void WalkChildren(NodeWalker walker)
    {
    }
}
