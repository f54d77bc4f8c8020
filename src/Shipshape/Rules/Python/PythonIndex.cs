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
        Nodes = walker.Nodes.DrainToImmutable();
        Calls = walker.Calls.DrainToImmutable();
        Functions = walker.Functions.DrainToImmutable();
        _functionsByDefinition = walker.FunctionsByDefinition;
        _functionSpans = walker.FunctionSpans;
    }

    public SemanticModel Semantics { get; }

    /// <summary>Every node of the module, depth first, in source order, with its scope.</summary>
    public ImmutableArray<ScopedNode> Nodes { get; }

    /// <summary>Every call, in source order.</summary>
    public ImmutableArray<CallSite> Calls { get; }

    /// <summary>Every function and method (lambdas excluded), in source order.</summary>
    public ImmutableArray<PythonFunction> Functions { get; }

    /// <summary>The function a <c>def</c> or <c>async def</c> statement defines; null for any other node.</summary>
    public PythonFunction? FunctionDefinedBy(Node node) => _functionsByDefinition.GetValueOrDefault(node);

    /// <summary>The nodes whose innermost function is <paramref name="function"/> (module and class level for null), in source order.</summary>
    public IEnumerable<Node> NodesIn(PythonFunction? function)
    {
        // A function's nodes lie inside its definition's subtree, which depth-first order keeps contiguous.
        var (start, end) = function is null ? (0, Nodes.Length)
            : _functionSpans.TryGetValue(function, out var span) ? span : (0, 0);
        for (var i = start; i < end; i++)
        {
            if (ReferenceEquals(Nodes[i].Function, function)) yield return Nodes[i].Node;
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

    private sealed class IndexWalker(SemanticModel semantics, int sourceLength) : NodeWalker
    {
        private readonly Stack<(PythonFunction Function, int Start)> _functions = new();
        private readonly Stack<ClassDef> _classes = new();
        private int _mainGuardDepth;

        // About one node per five characters of source: a first guess that saves most regrowth.
        public ImmutableArray<ScopedNode>.Builder Nodes { get; } = ImmutableArray.CreateBuilder<ScopedNode>(sourceLength / 5 + 16);
        public ImmutableArray<CallSite>.Builder Calls { get; } = ImmutableArray.CreateBuilder<CallSite>();
        public ImmutableArray<PythonFunction>.Builder Functions { get; } = ImmutableArray.CreateBuilder<PythonFunction>();
        public Dictionary<Node, PythonFunction> FunctionsByDefinition { get; } = new(ReferenceEqualityComparer.Instance);
        public Dictionary<PythonFunction, (int Start, int End)> FunctionSpans { get; } = new(ReferenceEqualityComparer.Instance);

        protected override bool Enter(Node node)
        {
            var current = _functions.Count > 0 ? _functions.Peek().Function : null;
            var underMainGuard = _mainGuardDepth > 0;
            Nodes.Add(new ScopedNode(node, current, _classes.Count > 0 ? _classes.Peek() : null, underMainGuard));
            switch (node)
            {
                case Call call:
                    Calls.Add(new CallSite(call, semantics.CalleeName(call), current, underMainGuard));
                    break;
                case FunctionDef def:
                    Push(def, new PythonFunction(def, def.Name, def.DecoratorList, def.Args, def.Body, current, false));
                    break;
                case AsyncFunctionDef def:
                    Push(def, new PythonFunction(def, def.Name, def.DecoratorList, def.Args, def.Body, current, true));
                    break;
                case ClassDef type:
                    _classes.Push(type);
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
                    var (function, start) = _functions.Pop();
                    FunctionSpans[function] = (start, Nodes.Count);
                    break;
                case ClassDef:
                    _classes.Pop();
                    break;
                case If branch when _functions.Count == 0 && _mainGuardDepth > 0 && MainGuard.Is(branch.Test):
                    _mainGuardDepth--;
                    break;
            }
        }

        private void Push(Node definition, PythonFunction function)
        {
            Functions.Add(function);
            FunctionsByDefinition[definition] = function;
            // The definition itself belongs to the enclosing scope; its subtree starts after it.
            _functions.Push((function, Nodes.Count));
        }
    }
}
