using System.Collections.Immutable;
using Shipshape.Python.Ast;
using Shipshape.Python.Semantics;

namespace Shipshape.Rules.Python;

/// <summary>
/// The one walk over a Python module that every collector and rule shares (built once per file
/// through <see cref="FileContext.Parsed{T}"/>): every node in source order with its enclosing
/// function, class and main guard, every call with its callee's qualified name, and every function.
/// Walking the tree again elsewhere costs more than all the checks that read this index together.
/// </summary>
public sealed class PythonIndex : IParsedFile<PythonIndex>
{
    private readonly Dictionary<Node, PythonFunction> _functionsByDefinition;
    private readonly Dictionary<PythonFunction, (int Start, int End)> _functionSpans;

    private PythonIndex(SemanticModel semantics, IndexWalker walker)
    {
        Semantics = semantics;
        Nodes = walker.Nodes.Build();
        Calls = walker.Calls.DrainToImmutable();
        Functions = walker.Functions.DrainToImmutable();
        _functionsByDefinition = walker.FunctionsByDefinition;
        _functionSpans = walker.FunctionSpans;
    }

    public SemanticModel Semantics { get; }

    /// <summary>Every node of the module, depth first, in source order, with its scope.</summary>
    public ScopedNodes Nodes { get; }

    /// <summary>Every call, in source order.</summary>
    public ImmutableArray<CallSite> Calls { get; }

    /// <summary>Every function and method (lambdas excluded), in source order.</summary>
    public ImmutableArray<PythonFunction> Functions { get; }

    /// <summary>The function a <c>def</c> or <c>async def</c> statement defines; null for any other node.</summary>
    public PythonFunction? FunctionDefinedBy(Node node) =>
        node is FunctionDef or AsyncFunctionDef ? _functionsByDefinition.GetValueOrDefault(node) : null;

    /// <summary>The nodes whose innermost function is <paramref name="function"/> (module and class level for null), in source order.</summary>
    public IEnumerable<Node> NodesIn(PythonFunction? function)
    {
        // A function's nodes lie inside its definition's subtree, which depth-first order keeps contiguous.
        var (start, end) = function is null ? (0, Nodes.Count)
            : _functionSpans.TryGetValue(function, out var span) ? span : (0, 0);
        for (var i = start; i < end; i++)
        {
            var scoped = Nodes[i];
            if (ReferenceEquals(scoped.Function, function)) yield return scoped.Node;
        }
    }

    /// <summary>The nodes inside a function's definition, nested functions' included, in source order.</summary>
    public IEnumerable<ScopedNode> SubtreeOf(PythonFunction function)
    {
        var (start, end) = _functionSpans.TryGetValue(function, out var span) ? span : (0, 0);
        for (var i = start; i < end; i++) yield return Nodes[i];
    }

    public static PythonIndex Parse(FileContext file)
    {
        var source = file.Python;
        var walker = new IndexWalker(source.Semantics, file.Text.Length);
        walker.Walk(source.Parsed.Module);
        return new(source.Semantics, walker);
    }

    private sealed class IndexWalker : NodeWalker
    {
        private readonly SemanticModel _semantics;
        private readonly Stack<(PythonFunction Function, int Start)> _functions = new();
        private readonly Stack<int> _enclosing = new();
        private ScopedNodes.Scope _scope;
        private int _scopeId;

        // The module-level `if __name__ == "__main__":` being walked; only the outermost opens a scope.
        private If? _mainGuard;

        public IndexWalker(SemanticModel semantics, int sourceLength)
        {
            _semantics = semantics;
            // About one node per seven characters of source: a first guess that saves most regrowth.
            Nodes = new ScopedNodes.Builder(sourceLength / 7);
            _scopeId = Nodes.AddScope(_scope);
        }

        public ScopedNodes.Builder Nodes { get; }
        public ImmutableArray<CallSite>.Builder Calls { get; } = ImmutableArray.CreateBuilder<CallSite>();
        public ImmutableArray<PythonFunction>.Builder Functions { get; } = ImmutableArray.CreateBuilder<PythonFunction>();
        public Dictionary<Node, PythonFunction> FunctionsByDefinition { get; } = new(ReferenceEqualityComparer.Instance);
        public Dictionary<PythonFunction, (int Start, int End)> FunctionSpans { get; } = new(ReferenceEqualityComparer.Instance);

        protected override bool Enter(Node node)
        {
            Nodes.Add(node, _scopeId);
            var current = _scope.Function;
            switch (node)
            {
                case Call call:
                    Calls.Add(new CallSite(call, _semantics.CalleeName(call), current, _scope.UnderMainGuard));
                    break;
                case FunctionDef def:
                    EnterFunction(def, new PythonFunction(def, def.Name, def.DecoratorList, def.Args, def.Body, current, false));
                    break;
                case AsyncFunctionDef def:
                    EnterFunction(def, new PythonFunction(def, def.Name, def.DecoratorList, def.Args, def.Body, current, true));
                    break;
                case ClassDef type:
                    EnterScope(_scope with { Class = type });
                    break;
                case If branch when current is null && _mainGuard is null && MainGuard.Is(branch.Test):
                    _mainGuard = branch;
                    EnterScope(_scope with { UnderMainGuard = true });
                    break;
            }

            return true;
        }

        protected override void Leave(Node node)
        {
            switch (node)
            {
                case FunctionDef or AsyncFunctionDef:
                    var (function, start) = _functions.Pop();
                    FunctionSpans[function] = (start, Nodes.Count);
                    LeaveScope();
                    break;
                case ClassDef:
                    LeaveScope();
                    break;
                case If when ReferenceEquals(node, _mainGuard):
                    _mainGuard = null;
                    LeaveScope();
                    break;
            }
        }

        private void EnterFunction(Node definition, PythonFunction function)
        {
            Functions.Add(function);
            FunctionsByDefinition[definition] = function;
            // The definition itself belongs to the enclosing scope; its subtree starts after it.
            _functions.Push((function, Nodes.Count));
            EnterScope(_scope with { Function = function });
        }

        private void EnterScope(ScopedNodes.Scope scope)
        {
            _enclosing.Push(_scopeId);
            _scope = scope;
            _scopeId = Nodes.AddScope(scope);
        }

        private void LeaveScope()
        {
            _scopeId = _enclosing.Pop();
            _scope = Nodes.ScopeAt(_scopeId);
        }
    }
}
