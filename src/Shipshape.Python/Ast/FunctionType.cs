using System.Collections.Immutable;
using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary>A PEP 484 function type comment, <c>(int, str) -&gt; bool</c>, read in <c>func_type</c> mode.</summary>
public sealed record FunctionType(TextRange Range, ImmutableArray<Expr> ArgTypes, Expr Returns) : Mod(Range)
{
    public override void WalkChildren(NodeWalker walker)
    {
        walker.Walk(ArgTypes);
        walker.Walk(Returns);
    }
}
