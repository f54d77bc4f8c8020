using System.Collections.Immutable;
using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary>An f-string (with the literals concatenated to it): constants and formatted values.</summary>
public sealed record JoinedStr(TextRange Range, ImmutableArray<Expr> Values) : Expr(Range)
{
    public override void WalkChildren(NodeWalker walker)
    {
        walker.Walk(Values);
    }
}
