using System.Collections.Immutable;
using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary><c>from [dots]module import names</c>; <see cref="Level"/> counts the leading dots.</summary>
public sealed record ImportFrom(TextRange Range, string? Module, ImmutableArray<Alias> Names, int Level) : Stmt(Range)
{
    public override void WalkChildren(NodeWalker walker)
    {
        walker.Walk(Names);
    }
}
