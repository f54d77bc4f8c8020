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
    // Where each function's subtree lies in Nodes, in the order of Functions.
    private readonly List<(int Start, int End)> _functionSpans;

    // Definitions start in increasing order in any tree the parser makes; a recovered tree that broke
    // that would make the binary search miss, so it is checked once and a linear search used instead.
    private readonly bool _definitionsAscend;

    private PythonIndex(SemanticModel semantics, IndexWalker walker)
    {
        Semantics = semantics;
        Nodes = walker.Nodes.Build();
        Calls = walker.Calls.DrainToImmutable();
        Functions = walker.Functions.DrainToImmutable();
        _functionSpans = walker.FunctionSpans;
        _definitionsAscend = true;
        for (var i = 1; i < Functions.Length; i++)
        {
            _definitionsAscend &= Functions[i - 1].Definition.Range.Start < Functions[i].Definition.Range.Start;
        }
    }

    public SemanticModel Semantics { get; }

    /// <summary>Every node of the module, depth first, in source order, with its scope.</summary>
    public ScopedNodes Nodes { get; }

    /// <summary>Every call, in the order of the call nodes in <see cref="Nodes"/>: the i-th <c>Call</c> node there is the i-th site here.</summary>
    public ImmutableArray<CallSite> Calls { get; }

    /// <summary>Every function and method (lambdas excluded), in source order.</summary>
    public ImmutableArray<PythonFunction> Functions { get; }

    /// <summary>The function a <c>def</c> or <c>async def</c> statement defines; null for any other node.</summary>
    public PythonFunction? FunctionDefinedBy(Node node) =>
        node is FunctionDef or AsyncFunctionDef && OrdinalOf(node) is var at and >= 0 ? Functions[at] : null;

    /// <summary>The nodes whose innermost function is <paramref name="function"/> (module and class level for null), in source order.</summary>
    public IEnumerable<Node> NodesIn(PythonFunction? function)
    {
        // A function's nodes lie inside its definition's subtree, which depth-first order keeps contiguous.
        var (start, end) = function is null ? (0, Nodes.Count) : SpanOf(function);
        for (var i = start; i < end; i++)
        {
            var scoped = Nodes[i];
            if (ReferenceEquals(scoped.Function, function)) yield return scoped.Node;
        }
    }

    /// <summary>The nodes inside a function's definition, nested functions' included, in source order.</summary>
    public IEnumerable<ScopedNode> SubtreeOf(PythonFunction function)
    {
        var (start, end) = SpanOf(function);
        for (var i = start; i < end; i++) yield return Nodes[i];
    }

    private (int Start, int End) SpanOf(PythonFunction function) =>
        OrdinalOf(function.Definition) is var at and >= 0 ? _functionSpans[at] : (0, 0);

    // Functions are in source order of their definitions, so a definition is found by where it starts
    // (no hashing of nodes, whose hash codes would have to be made for every function of every file).
    private int OrdinalOf(Node definition)
    {
        if (!_definitionsAscend)
        {
            for (var i = 0; i < Functions.Length; i++)
            {
                if (ReferenceEquals(Functions[i].Definition, definition)) return i;
            }

            return -1;
        }

        var (low, high) = (0, Functions.Length - 1);
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var start = Functions[middle].Definition.Range.Start;
            if (start == definition.Range.Start) return ReferenceEquals(Functions[middle].Definition, definition) ? middle : -1;
            if (start < definition.Range.Start) low = middle + 1;
            else high = middle - 1;
        }

        return -1;
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
        private readonly Stack<(int Ordinal, int Start)> _functions = new();
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
        public List<(int Start, int End)> FunctionSpans { get; } = [];

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
                    EnterFunction(new PythonFunction(def, def.Name, def.DecoratorList, def.Args, def.Body, current, false));
                    break;
                case AsyncFunctionDef def:
                    EnterFunction(new PythonFunction(def, def.Name, def.DecoratorList, def.Args, def.Body, current, true));
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
                    var (ordinal, start) = _functions.Pop();
                    FunctionSpans[ordinal] = (start, Nodes.Count);
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

        private void EnterFunction(PythonFunction function)
        {
            // The definition itself belongs to the enclosing scope; its subtree starts after it.
            _functions.Push((Functions.Count, Nodes.Count));
            Functions.Add(function);
            FunctionSpans.Add((Nodes.Count, Nodes.Count));
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
