using Shipshape.Python.Ast;

namespace Shipshape.Python.Tests.Parsing;

/// <summary>Hostile nesting gives diagnostics, never a stack overflow or an internal error.
/// CPython rejects all of these too (too many nested parentheses, too many levels of indentation,
/// or a recursion error).</summary>
public class DeepNestingTests
{
    public static TheoryData<string, string> Hostile => new()
    {
        { "parentheses", "x = " + new string('(', 100_000) + new string(')', 100_000) + "\n" },
        { "brackets", "x = " + new string('[', 100_000) + new string(']', 100_000) + "\n" },
        { "braces", "x = " + new string('{', 100_000) + new string('}', 100_000) + "\n" },
        { "unclosed parentheses", "x = " + new string('(', 100_000) + "\n" },
        { "calls", "x = " + string.Concat(Enumerable.Repeat("f(", 100_000)) + new string(')', 100_000) + "\n" },
        { "subscripts", "x = " + string.Concat(Enumerable.Repeat("a[", 100_000)) + new string(']', 100_000) + "\n" },
        { "unary minus", "x = " + new string('-', 100_000) + "1\n" },
        { "not", "x = " + string.Concat(Enumerable.Repeat("not ", 100_000)) + "1\n" },
        { "powers", "x = " + string.Concat(Enumerable.Repeat("2**", 100_000)) + "1\n" },
        { "lambdas", "x = " + string.Concat(Enumerable.Repeat("lambda: ", 100_000)) + "1\n" },
        { "conditionals", "x = " + string.Concat(Enumerable.Repeat("1 if 1 else ", 100_000)) + "1\n" },
        { "additions", "x = " + string.Join('+', Enumerable.Repeat("1", 100_000)) + "\n" },
        { "attributes", "x = a" + string.Concat(Enumerable.Repeat(".b", 100_000)) + "\n" },
        { "ifs", string.Concat(Enumerable.Range(0, 10_000).Select(i => new string(' ', i) + "if x:\n")) + new string(' ', 10_000) + "pass\n" },
        { "tab-indented ifs", string.Concat(Enumerable.Range(0, 10_000).Select(i => new string('\t', i) + "if x:\n")) + new string('\t', 10_000) + "pass\n" },
        { "patterns", "match x:\n    case " + new string('[', 100_000) + new string(']', 100_000) + ":\n        pass\n" },
        { "starred targets", new string('*', 100_000) + "a = 1\n" },
        { "f-string fields", "x = f'" + string.Concat(Enumerable.Repeat("{x:", 10_000)) + new string('}', 10_000) + "'\n" },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Deep_nesting_is_a_diagnostic(string shape, string source)
    {
        var parsed = PythonParser.Parse(source);

        Assert.True(parsed.HasErrors, shape);
        Assert.DoesNotContain(parsed.Diagnostics, d => d.Message.StartsWith("internal parser error"));
    }

    [Fact]
    public void Nesting_within_cpythons_limits_parses()
    {
        var parentheses = PythonParser.Parse("x = " + new string('(', 199) + "1" + new string(')', 199) + "\n");
        Assert.False(parentheses.HasErrors);

        var ifs = PythonParser.Parse(string.Concat(Enumerable.Range(0, 99).Select(i => new string(' ', i) + "if x:\n")) + new string(' ', 99) + "pass\n");
        Assert.False(ifs.HasErrors);

        var additions = PythonParser.Parse("x = " + string.Join('+', Enumerable.Repeat("1", 1000)) + "\n");
        Assert.False(additions.HasErrors);
        Assert.IsType<BinOp>(((Assign)additions.Module.Body[0]).Value);
    }

    [Fact]
    public void Statements_after_a_too_deep_expression_are_kept()
    {
        var parsed = PythonParser.Parse("x = " + new string('(', 100_000) + new string(')', 100_000) + "\ny = 1\n");

        Assert.Contains(parsed.Module.Body, s => s is Assign { Targets: [Name { Id: "y" }] });
    }
}
