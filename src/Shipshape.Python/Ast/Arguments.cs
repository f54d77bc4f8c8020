using System.Collections.Immutable;
using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary>A parameter list. <see cref="Defaults"/> belong to the last positional parameters; <see cref="KwDefaults"/> align with <see cref="KwOnlyArgs"/> (null where none). CPython gives it no position; ours spans the parameters.</summary>
public sealed record Arguments(TextRange Range, ImmutableArray<Arg> PosOnlyArgs, ImmutableArray<Arg> Args, Arg? VarArg, ImmutableArray<Arg> KwOnlyArgs, ImmutableArray<Expr?> KwDefaults, Arg? KwArg, ImmutableArray<Expr> Defaults) : Node(Range)
{
    /// <summary>Parameters with their defaults right after them, as written.</summary>
    public override void WalkChildren(NodeWalker walker)
    {
        var positionalCount = PosOnlyArgs.Length + Args.Length;
        var firstWithDefault = positionalCount - Defaults.Length;
        for (var i = 0; i < positionalCount; i++)
        {
            walker.Walk(i < PosOnlyArgs.Length ? PosOnlyArgs[i] : Args[i - PosOnlyArgs.Length]);
            if (i >= firstWithDefault)
            {
                walker.Walk(Defaults[i - firstWithDefault]);
            }
        }

        // More defaults than parameters only happens in a tree rebuilt after a syntax error.
        for (var i = 0; i < -firstWithDefault; i++)
        {
            walker.Walk(Defaults[i]);
        }

        walker.Walk(VarArg);
        walker.WalkPairs(KwOnlyArgs, KwDefaults);
        walker.Walk(KwArg);
    }
}
