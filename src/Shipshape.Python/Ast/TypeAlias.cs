using System.Collections.Immutable;
using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary><c>type Name[params] = value</c> (Python 3.12).</summary>
public sealed record TypeAlias(TextRange Range, Expr Name, ImmutableArray<TypeParam> TypeParams, Expr Value) : Stmt(Range)
{
    public override void WalkChildren(NodeWalker walker)
    {
        walker.Walk(Name);
        walker.Walk(TypeParams);
        walker.Walk(Value);
    }
}
