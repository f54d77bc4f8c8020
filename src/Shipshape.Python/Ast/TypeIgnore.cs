using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary>A <c># type: ignore</c> comment (only with type comments enabled; CPython gives it no position).</summary>
public sealed record TypeIgnore(TextRange Range, int Lineno, string Tag) : Node(Range)
{
    public override void WalkChildren(NodeWalker walker)
    {
    }
}
