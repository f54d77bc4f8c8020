using System.Collections.Immutable;
using Shipshape.Bench.Differential;
using Shipshape.Python.Ast;
using Shipshape.Python.Ast.Json;
using Shipshape.Python.Text;

namespace Shipshape.Python.Tests.Ast;

/// <summary>
/// The dumper alone, without our parser: a tree built by hand for a small source must print exactly
/// what scripts/pyast_dump.py prints for that source.
/// </summary>
public class CPythonAstJsonTests
{
    private const string Source = "café = [b\"\\x00\", 1e16j, ..., None, u'é', -1, 0.1]\ndef f(a, *, b=2): pass\n";

    [Fact]
    public void Hand_built_tree_prints_as_cpython_dumps_the_same_source()
    {
        var path = Path.Combine(Path.GetTempPath(), $"shipshape-dump-{Guid.NewGuid():N}.py");
        File.WriteAllText(path, Source);
        try
        {
            var expected = CPythonAstDump.Run([path]).Single().Tree;

            var actual = CPythonAstJson.Write(HandBuiltTree(), LineIndex.Build(Source));

            Assert.Null(JsonDifference.Find(expected!, actual));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static Module HandBuiltTree()
    {
        var list = new List(
            Span("[", "]"),
            [
                new Constant(Span("b\"\\x00\""), new ConstantValue.BytesValue([0]), null),
                new Constant(Span("1e16j"), new ConstantValue.ComplexValue(1e16), null),
                new Constant(Span("..."), ConstantValue.Ellipsis, null),
                new Constant(Span("None"), ConstantValue.None, null),
                new Constant(Span("u'é'"), new ConstantValue.StrValue("é"), "u"),
                new UnaryOp(Span("-1"), UnaryOperator.USub, new Constant(Span("1", after: "-"), new ConstantValue.IntValue(1), null)),
                new Constant(Span("0.1"), new ConstantValue.FloatValue(0.1), null),
            ],
            ExprContext.Load);
        var assign = new Assign(
            Span("café", "]"),
            [new Name(Span("café"), "café", ExprContext.Store)],
            list,
            null);

        var arguments = new Arguments(
            Span("a, *", "b=2"),
            [],
            [new Arg(Span("a", after: "f("), "a", null, null)],
            null,
            [new Arg(Span("b", after: "*, "), "b", null, null)],
            [new Constant(Span("2", after: "b="), new ConstantValue.IntValue(2), null)],
            null,
            []);
        var function = new FunctionDef(
            Span("def", "pass"),
            "f",
            arguments,
            [new Pass(Span("pass"))],
            [],
            null,
            null,
            []);

        return new Module(new TextRange(0, Source.Length), [assign, function], ImmutableArray<TypeIgnore>.Empty);
    }

    // The range from the first occurrence of `first` (after `after`, when given) to the end of the
    // first occurrence of `last` that follows it.
    private static TextRange Span(string first, string? last = null, string? after = null)
    {
        var from = after is null ? 0 : Source.IndexOf(after, StringComparison.Ordinal) + after.Length;
        var start = Source.IndexOf(first, from, StringComparison.Ordinal);
        var end = last is null ? start + first.Length : Source.IndexOf(last, start, StringComparison.Ordinal) + last.Length;
        return new TextRange(start, end);
    }
}
