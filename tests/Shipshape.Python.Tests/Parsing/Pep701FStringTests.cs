using Shipshape.Python.Ast;

namespace Shipshape.Python.Tests.Parsing;

/// <summary>
/// Python 3.12's f-string grammar (PEP 701), which the installed 3.11 rejects, so these trees are
/// asserted by hand rather than against CPython: a field may reuse the enclosing quote, hold a
/// backslash, span lines with comments, and nest f-strings to any depth.
/// </summary>
public class Pep701FStringTests
{
    private static JoinedStr FString(ParsedModule parsed)
    {
        Assert.Empty(parsed.Diagnostics);
        var statement = Assert.IsType<ExprStmt>(Assert.Single(parsed.Module.Body));
        return Assert.IsType<JoinedStr>(statement.Value);
    }

    private static string Str(Expr expr) =>
        Assert.IsType<ConstantValue.StrValue>(Assert.IsType<Constant>(expr).Value).Value;

    [Fact]
    public void A_field_may_reuse_the_enclosing_quote()
    {
        var fstring = FString(PythonParser.Parse("f\"{\", \".join(names)}\"\n"));

        var field = Assert.IsType<FormattedValue>(Assert.Single(fstring.Values));
        var call = Assert.IsType<Call>(field.Value);
        var join = Assert.IsType<Shipshape.Python.Ast.Attribute>(call.Func);
        Assert.Equal("join", join.Attr);
        Assert.Equal(", ", Str(join.Value));
    }

    [Fact]
    public void A_field_may_hold_a_backslash_escape()
    {
        var fstring = FString(PythonParser.Parse("f\"{'\\n'.join(lines)}\"\n"));

        var call = Assert.IsType<Call>(Assert.IsType<FormattedValue>(Assert.Single(fstring.Values)).Value);
        Assert.Equal("\n", Str(Assert.IsType<Shipshape.Python.Ast.Attribute>(call.Func).Value));
    }

    [Fact]
    public void A_multi_line_field_may_carry_comments()
    {
        var parsed = PythonParser.Parse("f'''{\n    x  # the value\n    + 1\n}'''\n");

        var field = Assert.IsType<FormattedValue>(Assert.Single(FString(parsed).Values));
        Assert.IsType<BinOp>(field.Value);
        Assert.Contains(parsed.Comments, c => c.Text == "# the value");
    }

    [Fact]
    public void F_strings_nest_with_the_same_quote_beyond_three_levels()
    {
        var outer = FString(PythonParser.Parse("f\"{f\"{f\"{f\"{x}\"}\"}\"}\"\n"));

        var depth = 0;
        Expr current = outer;
        while (current is JoinedStr joined)
        {
            depth++;
            current = Assert.IsType<FormattedValue>(Assert.Single(joined.Values)).Value;
        }
        Assert.Equal(4, depth);
        Assert.Equal("x", Assert.IsType<Name>(current).Id);
    }
}
