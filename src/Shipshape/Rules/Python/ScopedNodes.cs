using System.Collections;
using Shipshape.Python.Ast;

namespace Shipshape.Rules.Python;

/// <summary>
/// Every node of a module in depth-first source order, each with its scope. Stored as a node array
/// and a parallel array of scope numbers (12 bytes a node instead of a 32-byte <see cref="ScopedNode"/>),
/// because a large module has hundreds of thousands of nodes and this list is built for every file.
/// </summary>
public sealed class ScopedNodes : IReadOnlyList<ScopedNode>
{
    private readonly Node[] _nodes;
    private readonly int[] _scopeIds;
    private readonly Scope[] _scopes;

    private ScopedNodes(Node[] nodes, int[] scopeIds, int count, Scope[] scopes)
    {
        _nodes = nodes;
        _scopeIds = scopeIds;
        _scopes = scopes;
        Count = count;
    }

    public int Count { get; }

    public ScopedNode this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            var scope = _scopes[_scopeIds[index]];
            return new(_nodes[index], scope.Function, scope.Class, scope.UnderMainGuard);
        }
    }

    public Enumerator GetEnumerator() => new(this);

    IEnumerator<ScopedNode> IEnumerable<ScopedNode>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>What encloses a run of nodes; a new one starts at each function, class and main guard.</summary>
    internal readonly record struct Scope(PythonFunction? Function, ClassDef? Class, bool UnderMainGuard);

    /// <summary>Collects the nodes of one walk; <see cref="Build"/> hands its arrays over without copying.</summary>
    internal sealed class Builder(int expectedCount)
    {
        private Node[] _nodes = new Node[Math.Max(expectedCount, 16)];
        private int[] _scopeIds = new int[Math.Max(expectedCount, 16)];
        private readonly List<Scope> _scopes = [];

        public int Count { get; private set; }

        /// <summary>Registers a scope and returns its number.</summary>
        public int AddScope(Scope scope)
        {
            _scopes.Add(scope);
            return _scopes.Count - 1;
        }

        public Scope ScopeAt(int scopeId) => _scopes[scopeId];

        public void Add(Node node, int scopeId)
        {
            if (Count == _nodes.Length)
            {
                Array.Resize(ref _nodes, _nodes.Length * 2);
                Array.Resize(ref _scopeIds, _scopeIds.Length * 2);
            }

            _nodes[Count] = node;
            _scopeIds[Count] = scopeId;
            Count++;
        }

        public ScopedNodes Build() => new(_nodes, _scopeIds, Count, [.. _scopes]);
    }

    public struct Enumerator(ScopedNodes nodes) : IEnumerator<ScopedNode>
    {
        private int _index = -1;

        public readonly ScopedNode Current => nodes[_index];

        readonly object IEnumerator.Current => Current;

        public bool MoveNext() => ++_index < nodes.Count;

        public void Reset() => _index = -1;

        public readonly void Dispose()
        {
        }
    }
}
