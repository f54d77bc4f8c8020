using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary><c>break</c>.</summary>
public sealed record Break(TextRange Range) : Stmt(Range)
{
    public override void WalkChildren(NodeWalker walker)
    {
    }
}
