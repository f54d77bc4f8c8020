using System.Collections.Immutable;
using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary>A whole source file: what <c>ast.parse(source)</c> returns.</summary>
public sealed record Module(TextRange Range, ImmutableArray<Stmt> Body, ImmutableArray<TypeIgnore> TypeIgnores) : Mod(Range)
{
    public override void WalkChildren(NodeWalker walker)
    {
        walker.Walk(Body);
        walker.Walk(TypeIgnores);
    }
}
