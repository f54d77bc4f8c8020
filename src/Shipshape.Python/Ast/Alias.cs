using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary><c>name [as asname]</c> in an import; <see cref="Name"/> may be dotted or <c>*</c>.</summary>
public sealed record Alias(TextRange Range, string Name, string? AsName) : Node(Range)
{
    public override void WalkChildren(NodeWalker walker)
    {
    }
}
