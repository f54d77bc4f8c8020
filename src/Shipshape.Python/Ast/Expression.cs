using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary>Input read in <c>eval</c> mode: a single expression.</summary>
public sealed record Expression(TextRange Range, Expr Body) : Mod(Range)
{
    public override void WalkChildren(NodeWalker walker)
    {
        walker.Walk(Body);
    }
}
