using Shipshape.Config;
using Shipshape.Config.Toml;

namespace Shipshape.Tests.Config;

public sealed class TomlReaderTests
{
    private static TomlTable Read(string text)
    {
        var document = TomlReader.Read(text);
        Assert.Empty(document.Diagnostics);
        return document.Root;
    }

    [Fact]
    public void Tables_dotted_keys_and_quoted_keys_nest()
    {
        var root = Read("a.b = 1\n[x.y]\nz = \"s\"\n\"q k\".'lit' = true\n");

        Assert.Equal("1", Assert.IsType<TomlNumber>(root.Find("a", "b")).Text);
        Assert.Equal("s", Assert.IsType<TomlString>(root.Find("x", "y", "z")).Value);
        Assert.True(Assert.IsType<TomlBoolean>(root.Find("x", "y", "q k", "lit")).Value);
    }

    [Fact]
    public void Strings_in_all_four_forms_with_escapes()
    {
        var root = Read("""
            basic = "tab\there \"q\" \u00e9"
            literal = 'C:\path'
            multi = \"\"\"
            one \
              two\"\"\"
            raw = '''
            line'''
            """.Replace("\\\"\\\"\\\"", "\"\"\""));

        Assert.Equal("tab\there \"q\" é", ((TomlString)root["basic"]!).Value);
        Assert.Equal(@"C:\path", ((TomlString)root["literal"]!).Value);
        Assert.Equal("one two", ((TomlString)root["multi"]!).Value);
        Assert.Equal("line", ((TomlString)root["raw"]!).Value);
    }

    [Fact]
    public void Multi_line_arrays_with_comments_and_trailing_commas_and_inline_tables()
    {
        var root = Read("deps = [\n  \"a\",  # first\n  { name = \"b\", v = [1, 2] },\n]\n");

        var items = Assert.IsType<TomlArray>(root["deps"]).Items;
        Assert.Equal(2, items.Length);
        var table = Assert.IsType<TomlTable>(items[1]);
        Assert.Equal("b", ((TomlString)table["name"]!).Value);
        Assert.Equal(new SourcePosition(3, 3), table.Position);
    }

    [Fact]
    public void Arrays_of_tables_collect_one_table_per_header()
    {
        var root = Read("[[source]]\nname = \"a\"\n[[source]]\nname = \"b\"\n");

        Assert.Equal(["a", "b"], Assert.IsType<TomlArray>(root["source"]).Items.Cast<TomlTable>().Select(t => ((TomlString)t["name"]!).Value));
    }

    [Fact]
    public void Numbers_are_kept_as_written_without_underscores()
    {
        var root = Read("n = [1, 2_000, 0x1F, 3.14, -inf, 1e10, +5]");

        Assert.Equal(["1", "2000", "0x1F", "3.14", "-inf", "1e10", "+5"], ((TomlArray)root["n"]!).Items.Cast<TomlNumber>().Select(n => n.Text));
    }

    [Theory]
    [InlineData("d = 1979-05-27", "dates and times", 1, 5)]
    [InlineData("a = 1\na = 2", "defined twice", 2, 1)]
    [InlineData("[t]\n[t]", "defined twice", 2, 1)]
    [InlineData("s = \"open", "unterminated string", 1, 5)]
    [InlineData("x = [1, 2", "unterminated array", 1, 10)]
    [InlineData("k v", "expected '='", 1, 3)]
    [InlineData("k = 1 2", "after a value", 1, 7)]
    [InlineData("k = \"\\q\"", "invalid escape", 1, 6)]
    [InlineData("k = what", "unsupported value", 1, 5)]
    public void Syntax_errors_are_diagnostics_with_positions(string text, string message, int line, int column)
    {
        var diagnostic = Assert.Single(TomlReader.Read(text).Diagnostics);

        Assert.Contains(message, diagnostic.Message);
        Assert.Equal(new SourcePosition(line, column), diagnostic.Position);
    }

    [Fact]
    public void Reading_resumes_on_the_next_line_after_an_error()
    {
        var document = TomlReader.Read(ConfigFixtures.Read("deps/broken.toml"));

        Assert.Equal([3, 4], document.Diagnostics.Select(d => d.Position.Line));
        Assert.Equal("ok", ((TomlString)document.Root.Find("project", "other")!).Value);
    }

    [Fact]
    public void Hostile_nesting_is_a_diagnostic_not_a_stack_overflow()
    {
        var document = TomlReader.Read("x = " + new string('[', 10_000));

        Assert.Contains("nested too deeply", Assert.Single(document.Diagnostics).Message);
    }
}
