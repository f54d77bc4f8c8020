using System.Collections.Immutable;
using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary>Input read in <c>single</c> mode (the interactive prompt).</summary>
public sealed record Interactive(TextRange Range, ImmutableArray<Stmt> Body) : Mod(Range)
{
    public override void WalkChildren(NodeWalker walker)
    {
        walker.Walk(Body);
    }
}
