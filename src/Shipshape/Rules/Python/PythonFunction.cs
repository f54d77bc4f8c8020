using System.Collections.Immutable;
using Shipshape.Python.Ast;

namespace Shipshape.Rules.Python;

/// <summary>A <c>def</c> or <c>async def</c> (Python's two function statements, seen alike).</summary>
/// <param name="Parent">The function it is nested in, if any.</param>
public sealed record PythonFunction(
    Stmt Definition,
    string Name,
    ImmutableArray<Expr> Decorators,
    Arguments Args,
    ImmutableArray<Stmt> Body,
    PythonFunction? Parent,
    bool IsAsync)
{
    /// <summary>The span of <c>def name</c> (or <c>async def name</c>): where route-level findings point.</summary>
    public Shipshape.Python.Text.TextRange Header =>
        new(Definition.Range.Start, Definition.Range.Start + (IsAsync ? "async def " : "def ").Length + Name.Length);

    /// <summary>Every parameter, positional first.</summary>
    public IEnumerable<Arg> Parameters =>
        Args.PosOnlyArgs.Concat(Args.Args).Concat(Args.KwOnlyArgs)
            .Concat(Args.VarArg is null ? [] : [Args.VarArg]).Concat(Args.KwArg is null ? [] : [Args.KwArg]);

    /// <summary>The default value of a parameter, or null when it has none.</summary>
    public Expr? DefaultOf(Arg parameter)
    {
        var positional = Args.PosOnlyArgs.Concat(Args.Args).ToList();
        var at = positional.IndexOf(parameter);
        if (at >= 0)
        {
            var first = positional.Count - Args.Defaults.Length;
            return at >= first ? Args.Defaults[at - first] : null;
        }

        var keywordAt = Args.KwOnlyArgs.IndexOf(parameter);
        return keywordAt >= 0 && keywordAt < Args.KwDefaults.Length ? Args.KwDefaults[keywordAt] : null;
    }
}
