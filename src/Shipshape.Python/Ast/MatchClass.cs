using System.Collections.Immutable;
using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary><c>Cls(p1, attr=p2)</c>.</summary>
public sealed record MatchClass(TextRange Range, Expr Cls, ImmutableArray<Pattern> Patterns, ImmutableArray<string> KwdAttrs, ImmutableArray<Pattern> KwdPatterns) : Pattern(Range)
{
    public override void WalkChildren(NodeWalker walker)
    {
        walker.Walk(Cls);
        walker.Walk(Patterns);
        walker.Walk(KwdPatterns);
    }
}
