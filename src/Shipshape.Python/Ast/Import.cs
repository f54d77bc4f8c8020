using System.Collections.Immutable;
using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary><c>import a.b as c, d</c>.</summary>
public sealed record Import(TextRange Range, ImmutableArray<Alias> Names) : Stmt(Range)
{
    public override void WalkChildren(NodeWalker walker)
    {
        walker.Walk(Names);
    }
}
