using System.Collections.Immutable;
using Shipshape.Python.Text;

namespace Shipshape.Python.Ast;

/// <summary>
/// Base of every syntax node. The node types mirror CPython's <c>ast</c> module node for node and
/// field for field (positional parameters in CPython's field order), with these renames forced by C#:
/// the statement <c>Expr</c> is <see cref="ExprStmt"/>, <c>arg.arg</c> is <see cref="Arg.Name"/>,
/// the operator enums are <see cref="BoolOperator"/>, <see cref="Operator"/>,
/// <see cref="UnaryOperator"/> and <see cref="CmpOp"/>. Every node carries a <see cref="TextRange"/>,
/// also those CPython leaves without a position (arguments, comprehension, withitem, match_case).
/// </summary>
public abstract record Node(TextRange Range)
{
    /// <summary>Walks the direct children, in source order, through <paramref name="walker"/>.</summary>
    public abstract void WalkChildren(NodeWalker walker);

    /// <summary>The direct children in source order.</summary>
    public ImmutableArray<Node> Children()
    {
        var children = new List<Node>();
        new ChildGatherer().Gather(this, children);
        return [.. children];
    }

    /// <summary>This node's descendants (not itself), depth first, in source order.</summary>
    public IEnumerable<Node> Descendants()
    {
        var gatherer = new ChildGatherer();
        var children = new List<Node>();
        var stack = new Stack<Node>();
        PushChildrenReversed(this);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            PushChildrenReversed(node);
        }

        void PushChildrenReversed(Node node)
        {
            gatherer.Gather(node, children);
            for (var i = children.Count - 1; i >= 0; i--)
            {
                stack.Push(children[i]);
            }

            children.Clear();
        }
    }

    private sealed class ChildGatherer : NodeWalker;
}
