using Shipshape.Python.Ast;

namespace Shipshape.Python.Tests.Ast;

/// <summary>
/// Finds spans that break nesting or ordering. Two exceptions follow CPython, whose positions our
/// tree reproduces: decorators precede the range of their def or class (which starts at the
/// keyword), and inside an f-string (3.11) the literal and replacement-field parts carry the whole
/// f-string's range, so there only the outermost f-string's bounds are checked.
/// </summary>
internal sealed class SpanViolations : NodeWalker
{
    private readonly ParsedModule _parsed;
    private readonly List<string> _found = [];
    private readonly Stack<Node> _parents = new();
    private JoinedStr? _outerFString;

    private SpanViolations(ParsedModule parsed) => _parsed = parsed;

    public static IReadOnlyList<string> Of(ParsedModule parsed)
    {
        var walker = new SpanViolations(parsed);
        walker.Walk(parsed.Module);
        return walker._found;
    }

    protected override bool Enter(Node node)
    {
        if (node.Range.Start > node.Range.End || node.Range.End > _parsed.Source.Length)
        {
            Report(node, "has an invalid range");
        }

        if (_parents.TryPeek(out var parent))
        {
            var bounds = _outerFString?.Range ?? parent.Range;
            if (!bounds.Contains(node.Range) && !IsDecorator(parent, node))
            {
                Report(node, $"lies outside its parent {parent.GetType().Name} {Describe(parent)}");
            }
        }

        if (node is JoinedStr fstring && _outerFString is null)
        {
            _outerFString = fstring;
        }

        if (_outerFString is null)
        {
            CheckSiblingOrder(node);
        }

        _parents.Push(node);
        return true;
    }

    protected override void Leave(Node node)
    {
        _parents.Pop();
        if (ReferenceEquals(node, _outerFString))
        {
            _outerFString = null;
        }
    }

    private void CheckSiblingOrder(Node node)
    {
        var children = node.Children();
        for (var i = 1; i < children.Length; i++)
        {
            if (children[i].Range.Start < children[i - 1].Range.End)
            {
                Report(children[i], $"overlaps or precedes its previous sibling {children[i - 1].GetType().Name} {Describe(children[i - 1])}");
            }
        }
    }

    private static bool IsDecorator(Node parent, Node child) => parent switch
    {
        FunctionDef function => function.DecoratorList.Any(d => ReferenceEquals(d, child)),
        AsyncFunctionDef function => function.DecoratorList.Any(d => ReferenceEquals(d, child)),
        ClassDef type => type.DecoratorList.Any(d => ReferenceEquals(d, child)),
        _ => false,
    };

    private void Report(Node node, string problem)
    {
        if (_found.Count < 20)
        {
            _found.Add($"{node.GetType().Name} {Describe(node)} {problem}");
        }
    }

    private string Describe(Node node)
    {
        var (line, column) = _parsed.Lines.Position(node.Range.Start);
        var (endLine, endColumn) = _parsed.Lines.Position(node.Range.End);
        return $"[{line}:{column}-{endLine}:{endColumn}]";
    }
}
