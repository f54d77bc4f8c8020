using Shipshape.Python.Ast;

namespace Shipshape.Facts.Python;

/// <summary>Lists every node of a module with its enclosing function, class and <c>__main__</c> guard, in source order.</summary>
public sealed class ScopeWalker : NodeWalker
{
    private readonly List<ScopedNode> _nodes = [];
    private readonly Stack<FunctionScope> _functions = new();
    private readonly Stack<ClassDef> _classes = new();
    private int _mainGuards;

    public static IReadOnlyList<ScopedNode> Walk(Module module)
    {
        var walker = new ScopeWalker();
        walker.Walk((Node)module);
        return walker._nodes;
    }

    protected override bool Enter(Node node)
    {
        _nodes.Add(new ScopedNode(node, _functions.Count > 0 ? _functions.Peek() : null, _classes.Count > 0 ? _classes.Peek() : null, _mainGuards > 0));
        if (FunctionScope.Of(node) is { } function) _functions.Push(function);
        else if (node is ClassDef type) _classes.Push(type);
        else if (IsMainGuard(node)) _mainGuards++;
        return true;
    }

    protected override void Leave(Node node)
    {
        if (node is FunctionDef or AsyncFunctionDef) _functions.Pop();
        else if (node is ClassDef) _classes.Pop();
        else if (IsMainGuard(node)) _mainGuards--;
    }

    private static bool IsMainGuard(Node node) =>
        node is If { Test: Compare { Left: Name { Id: "__name__" }, Ops: [CmpOp.Eq], Comparators: [Constant { Value: ConstantValue.StrValue { Value: "__main__" } }] } };
}
