using System.Collections.Immutable;
using Shipshape.Python.Ast;
using Shipshape.Python.Semantics;

namespace Shipshape.Rules.Python;

/// <summary>
/// One walk over a Python module that the general rules share (built once per file through
/// <see cref="FileContext.Parsed{T}"/>): every call with its callee's qualified name and the function
/// it sits in, every function, and every node in source order, so no rule walks the tree again.
/// </summary>
public sealed class PythonIndex : IParsedFile<PythonIndex>
{
    private readonly ImmutableArray<(Node Node, PythonFunction? Function)> _scopes;
    private readonly IReadOnlyDictionary<PythonFunction, ImmutableArray<Node>> _functionNodes;
    private readonly ImmutableArray<Node> _moduleNodes;

    private PythonIndex(SemanticModel semantics, ImmutableArray<CallSite> calls, ImmutableArray<PythonFunction> functions,
        ImmutableArray<Node> nodes, ImmutableArray<(Node Node, PythonFunction? Function)> nodeScopes)
    {
        Semantics = semantics;
        Calls = calls;
        Functions = functions;
        Nodes = nodes;
        _scopes = nodeScopes;
        var byFunction = new Dictionary<PythonFunction, ImmutableArray<Node>.Builder>(ReferenceEqualityComparer.Instance);
        foreach (var (node, function) in nodeScopes)
        {
            if (function is null) continue;
            if (!byFunction.TryGetValue(function, out var list)) byFunction[function] = list = ImmutableArray.CreateBuilder<Node>();
            list.Add(node);
        }

        _functionNodes = byFunction.ToDictionary<KeyValuePair<PythonFunction, ImmutableArray<Node>.Builder>, PythonFunction, ImmutableArray<Node>>(p => p.Key, p => p.Value.ToImmutable(), ReferenceEqualityComparer.Instance);
        _moduleNodes = nodeScopes.Where(p => p.Function is null).Select(p => p.Node).ToImmutableArray();
    }

    public SemanticModel Semantics { get; }

    /// <summary>Every call, in source order.</summary>
    public ImmutableArray<CallSite> Calls { get; }

    /// <summary>Every function and method (lambdas excluded), in source order.</summary>
    public ImmutableArray<PythonFunction> Functions { get; }

    /// <summary>Every node of the module, depth first, in source order.</summary>
    public ImmutableArray<Node> Nodes { get; }

    /// <summary>Every node with the innermost function around it (null at module or class level).</summary>
    public IEnumerable<(Node Node, PythonFunction? Function)> NodesWithScope => _scopes;

    /// <summary>The nodes whose innermost function is <paramref name="function"/> (module and class level for null), in source order.</summary>
    public ImmutableArray<Node> NodesIn(PythonFunction? function) =>
        function is null ? _moduleNodes : _functionNodes.TryGetValue(function, out var nodes) ? nodes : [];

    public static PythonIndex Parse(FileContext file)
    {
        var source = file.Python;
        var walker = new IndexWalker(source.Semantics);
        walker.Walk(source.Parsed.Module);
        return new(source.Semantics, walker.Calls.ToImmutable(), walker.Functions.ToImmutable(),
            walker.Nodes.ToImmutable(), walker.Scopes.ToImmutable());
    }

    private sealed class IndexWalker(SemanticModel semantics) : NodeWalker
    {
        private readonly Stack<PythonFunction> _functions = new();
        private int _mainGuardDepth;

        public ImmutableArray<CallSite>.Builder Calls { get; } = ImmutableArray.CreateBuilder<CallSite>();
        public ImmutableArray<PythonFunction>.Builder Functions { get; } = ImmutableArray.CreateBuilder<PythonFunction>();
        public ImmutableArray<Node>.Builder Nodes { get; } = ImmutableArray.CreateBuilder<Node>();
        public ImmutableArray<(Node, PythonFunction?)>.Builder Scopes { get; } = ImmutableArray.CreateBuilder<(Node, PythonFunction?)>();

        protected override bool Enter(Node node)
        {
            var current = _functions.Count > 0 ? _functions.Peek() : null;
            Nodes.Add(node);
            Scopes.Add((node, current));
            switch (node)
            {
                case Call call:
                    Calls.Add(new CallSite(call, semantics.CalleeName(call), current, _mainGuardDepth > 0));
                    break;
                case FunctionDef def:
                    Push(new PythonFunction(def, def.Name, def.DecoratorList, def.Args, def.Body, current, false));
                    break;
                case AsyncFunctionDef def:
                    Push(new PythonFunction(def, def.Name, def.DecoratorList, def.Args, def.Body, current, true));
                    break;
                case If branch when current is null && MainGuard.Is(branch.Test):
                    _mainGuardDepth++;
                    break;
            }

            return true;
        }

        protected override void Leave(Node node)
        {
            switch (node)
            {
                case FunctionDef or AsyncFunctionDef:
                    _functions.Pop();
                    break;
                case If branch when _mainGuardDepth > 0 && MainGuard.Is(branch.Test) && (_functions.Count == 0):
                    _mainGuardDepth--;
                    break;
            }
        }

        private void Push(PythonFunction function)
        {
            Functions.Add(function);
            _functions.Push(function);
        }
    }
}
