using System.Collections.Immutable;
using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary><c>nonlocal names</c>.</summary>
public sealed record Nonlocal(TextRange Range, ImmutableArray<string> Names) : Stmt(Range)
{
    public override void WalkChildren(NodeWalker walker)
    {
    }
}
