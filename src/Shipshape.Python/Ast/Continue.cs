using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary><c>continue</c>.</summary>
public sealed record Continue(TextRange Range) : Stmt(Range)
{
    public override void WalkChildren(NodeWalker walker)
    {
    }
}
