using System.Collections.Immutable;

namespace Shipshape.Python.Ast;

/// <summary>
/// Depth-first walk of a tree, children in source order. Override <see cref="Enter"/> (return false
/// to skip a node's children) and <see cref="Leave"/>. Ordinary code is walked by plain recursion;
/// below <see cref="MaxRecursion"/> levels the walk keeps its own stack, so a tree of any depth (a
/// chain of 100,000 <c>+</c> is 100,000 levels) cannot overflow the thread's stack.
/// </summary>
public abstract class NodeWalker
{
    // Real modules nest a few dozen levels; this bound keeps the recursive part to a small share of a thread's stack.
    private const int MaxRecursion = 256;

    // While a node lists its children (WalkChildren calls Walk for each), they are gathered here.
    private List<Node>? _gathering;
    private int _depth;

    /// <summary>Walks <paramref name="node"/> and, unless <see cref="Enter"/> says no, its subtree.</summary>
    public void Walk(Node? node)
    {
        if (node is null)
        {
            return;
        }

        if (_gathering is not null)
        {
            _gathering.Add(node);
            return;
        }

        if (_depth < MaxRecursion)
        {
            // The common case: no stack or child list to allocate, children walked as WalkChildren meets them.
            _depth++;
            try
            {
                if (Enter(node))
                {
                    node.WalkChildren(this);
                }

                Leave(node);
            }
            finally
            {
                _depth--;
            }

            return;
        }

        WalkWithOwnStack(node);
    }

    private void WalkWithOwnStack(Node node)
    {
        var pending = new Stack<(Node Node, bool Leaving)>();
        var children = new List<Node>();
        pending.Push((node, false));
        while (pending.Count > 0)
        {
            var (current, leaving) = pending.Pop();
            if (leaving)
            {
                Leave(current);
                continue;
            }

            pending.Push((current, true));
            if (!Enter(current))
            {
                continue;
            }

            Gather(current, children);
            for (var i = children.Count - 1; i >= 0; i--)
            {
                pending.Push((children[i], false));
            }

            children.Clear();
        }
    }

    public void Walk<T>(ImmutableArray<T> nodes) where T : Node?
    {
        foreach (var node in nodes)
        {
            Walk(node);
        }
    }

    /// <summary>Adds the direct children of <paramref name="node"/>, in source order, to <paramref name="into"/>.</summary>
    internal void Gather(Node node, List<Node> into)
    {
        var outer = _gathering;
        _gathering = into;
        try
        {
            node.WalkChildren(this);
        }
        finally
        {
            _gathering = outer;
        }
    }

    /// <summary>Called before a node's children; return false to skip them.</summary>
    protected virtual bool Enter(Node node) => true;

    /// <summary>Called after a node's children.</summary>
    protected virtual void Leave(Node node)
    {
    }

    /// <summary>Walks two lists that interleave in the source (call arguments and keywords), by start offset.</summary>
    internal void WalkMerged<TFirst, TSecond>(ImmutableArray<TFirst> first, ImmutableArray<TSecond> second)
        where TFirst : Node
        where TSecond : Node
    {
        int i = 0, j = 0;
        while (i < first.Length || j < second.Length)
        {
            if (j >= second.Length || (i < first.Length && first[i].Range.Start <= second[j].Range.Start))
            {
                Walk(first[i++]);
            }
            else
            {
                Walk(second[j++]);
            }
        }
    }

    /// <summary>Walks parallel lists pairwise (dict keys and values): key i, then value i.</summary>
    internal void WalkPairs<TKey, TValue>(ImmutableArray<TKey> keys, ImmutableArray<TValue> values)
        where TKey : Node?
        where TValue : Node?
    {
        var count = Math.Max(keys.Length, values.Length);
        for (var i = 0; i < count; i++)
        {
            if (i < keys.Length)
            {
                Walk(keys[i]);
            }

            if (i < values.Length)
            {
                Walk(values[i]);
            }
        }
    }
}
