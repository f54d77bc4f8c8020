using Shipshape.Python.Ast;

namespace Shipshape.Python.Tests.Parsing;

/// <summary>A syntax error costs the statement it is in, not the file.</summary>
public class ErrorRecoveryTests
{
    private static string[] AssignedNames(ParsedModule parsed) => AssignedNames(parsed.Module);

    private static string[] AssignedNames(Node tree) =>
        [.. tree.Descendants().OfType<Assign>().SelectMany(a => a.Targets).OfType<Name>().Select(n => n.Id)];

    [Fact]
    public void Statements_around_a_bad_line_are_kept()
    {
        var parsed = PythonParser.Parse("a = 1\nb = = 2\nc = 3\n");

        Assert.Equal(["a", "c"], AssignedNames(parsed));
        var diagnostic = Assert.Single(parsed.Diagnostics);
        Assert.Equal("=", parsed.Text(diagnostic.Range));
        Assert.Equal(2, parsed.Lines.LineNumber(diagnostic.Range.Start));
    }

    [Fact]
    public void An_error_inside_a_function_keeps_the_function_and_its_other_statements()
    {
        var parsed = PythonParser.Parse("def f():\n    x = )\n    y = 2\nz = 3\n");

        var function = Assert.IsType<FunctionDef>(parsed.Module.Body[0]);
        Assert.Equal(["y"], AssignedNames(new Module(function.Range, function.Body, [])));
        Assert.Equal(["y", "z"], AssignedNames(parsed));
        Assert.True(parsed.HasErrors);
    }

    [Fact]
    public void The_body_of_a_broken_compound_statement_is_recovered()
    {
        var parsed = PythonParser.Parse("if x = 1:\n    a = 1\n    b = 2\nc = 3\n");

        Assert.Equal(["a", "b", "c"], AssignedNames(parsed));
        Assert.True(parsed.HasErrors);
    }

    [Fact]
    public void Tokens_inside_brackets_resynchronise_at_the_closing_bracket()
    {
        var parsed = PythonParser.Parse("x = [1, 2,\n     3 +* 4]\ny = 5\n");

        Assert.Equal(["y"], AssignedNames(parsed));
        Assert.Equal("*", parsed.Text(Assert.Single(parsed.Diagnostics).Range));
    }

    [Fact]
    public void A_lexical_error_is_reported_and_the_next_line_parsed()
    {
        var parsed = PythonParser.Parse("a = $\nb = 1\n");

        Assert.Equal(["b"], AssignedNames(parsed));
        Assert.Contains(parsed.Diagnostics, d => d.Message == "invalid character '$' (U+0024)" && parsed.Text(d.Range) == "$");
    }

    [Fact]
    public void A_missing_block_is_reported_and_the_next_statement_kept()
    {
        var parsed = PythonParser.Parse("if x:\ny = 1\n");

        Assert.IsType<If>(parsed.Module.Body[0]);
        Assert.Equal(["y"], AssignedNames(parsed));
        Assert.Contains(parsed.Diagnostics, d => d.Message == "expected an indented block");
    }

    [Fact]
    public void An_unexpected_indent_keeps_the_indented_statements()
    {
        var parsed = PythonParser.Parse("a = 1\n    b = 2\nc = 3\n");

        Assert.Equal(["a", "b", "c"], AssignedNames(parsed));
        Assert.Contains(parsed.Diagnostics, d => d.Message == "unexpected indent");
    }

    [Fact]
    public void Every_error_of_a_file_is_reported_with_its_line()
    {
        var parsed = PythonParser.Parse("a = (\nb = 1\n");
        Assert.Contains(parsed.Diagnostics, d => d.Message == "'(' was never closed" && parsed.Lines.LineNumber(d.Range.Start) == 1);

        var several = PythonParser.Parse("1 = a\nok = 1\ndel f()\nf(x for x in y, 1)\n");
        Assert.Equal(["ok"], AssignedNames(several));
        Assert.Equal(
            ["cannot assign to literal", "cannot delete function call", "Generator expression must be parenthesized"],
            several.Diagnostics.Select(d => d.Message));
        Assert.Equal([1, 3, 4], several.Diagnostics.Select(d => several.Lines.LineNumber(d.Range.Start)));
    }

    [Fact]
    public void A_bad_escape_is_reported_on_its_string()
    {
        var parsed = PythonParser.Parse("x = '\\N{NO SUCH NAME}'\ny = '\\N{BULLET}'\n");

        var diagnostic = Assert.Single(parsed.Diagnostics);
        Assert.Equal("'\\N{NO SUCH NAME}'", parsed.Text(diagnostic.Range));
        var bullet = parsed.Module.Descendants().OfType<Constant>().Single();
        Assert.Equal(new ConstantValue.StrValue("\u2022"), bullet.Value);
    }
}
