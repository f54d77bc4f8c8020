using Shipshape.Python.Ast;

namespace Shipshape.Facts.Python;

/// <summary>A node with what encloses it: the innermost function and class, and whether an <c>if __name__ == '__main__':</c> guard does.</summary>
public sealed record ScopedNode(Node Node, FunctionScope? Function, ClassDef? Class, bool UnderMainGuard);

/// <summary>A <c>def</c> or <c>async def</c> seen the same way.</summary>
public sealed record FunctionScope(Stmt Definition, string Name, Arguments Args, IReadOnlyList<Expr> Decorators, IReadOnlyList<Stmt> Body)
{
    public static FunctionScope? Of(Node node) => node switch
    {
        FunctionDef f => new(f, f.Name, f.Args, f.DecoratorList, f.Body),
        AsyncFunctionDef f => new(f, f.Name, f.Args, f.DecoratorList, f.Body),
        _ => null,
    };

    /// <summary>The span of <c>def name</c> (or <c>async def name</c>): where route-level findings point.</summary>
    public Shipshape.Python.Text.TextRange Header =>
        new(Definition.Range.Start, Definition.Range.Start + (Definition is AsyncFunctionDef ? "async def " : "def ").Length + Name.Length);
}
