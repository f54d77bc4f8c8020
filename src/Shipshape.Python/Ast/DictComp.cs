using System.Collections.Immutable;
using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary><c>{key: value for ...}</c>.</summary>
public sealed record DictComp(TextRange Range, Expr Key, Expr Value, ImmutableArray<Comprehension> Generators) : Expr(Range)
{
    public override void WalkChildren(NodeWalker walker)
    {
        walker.Walk(Key);
        walker.Walk(Value);
        walker.Walk(Generators);
    }
}
