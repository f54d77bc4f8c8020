using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary>One parameter. CPython's field <c>arg</c> is <see cref="Name"/> here (C# forbids a member named like its type).</summary>
public sealed record Arg(TextRange Range, string Name, Expr? Annotation, string? TypeComment) : Node(Range)
{
    public override void WalkChildren(NodeWalker walker)
    {
        walker.Walk(Annotation);
    }
}
