using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary>A replacement field <c>{value!r:spec}</c> of an f-string; <see cref="Conversion"/> is -1 or the code of s, r, a.</summary>
public sealed record FormattedValue(TextRange Range, Expr Value, int Conversion, Expr? FormatSpec) : Expr(Range)
{
    public override void WalkChildren(NodeWalker walker)
    {
        walker.Walk(Value);
        walker.Walk(FormatSpec);
    }
}
