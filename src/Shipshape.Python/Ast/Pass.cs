using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary><c>pass</c>.</summary>
public sealed record Pass(TextRange Range) : Stmt(Range)
{
    public override void WalkChildren(NodeWalker walker)
    {
    }
}
