using System.Collections.Immutable;
using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary><c>{key: pattern, **rest}</c>.</summary>
public sealed record MatchMapping(TextRange Range, ImmutableArray<Expr> Keys, ImmutableArray<Pattern> Patterns, string? Rest) : Pattern(Range)
{
    public override void WalkChildren(NodeWalker walker)
    {
        walker.WalkPairs(Keys, Patterns);
    }
}
