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

    [Fact]
    public void Dates_and_times_are_kept_as_written()
    {
        var root = Read("d = 1979-05-27\nt = 07:32:00\ndt = 1979-05-27T07:32:00Z\n");

        Assert.Equal(["1979-05-27", "07:32:00", "1979-05-27T07:32:00Z"], root.Entries.Select(e => Assert.IsType<TomlDateTime>(e.Value).Text));
    }

    [Fact]
    public void Positions_count_lines_across_crlf_and_columns_in_utf16_characters()
    {
        var root = Read("[project]\r\nx = \"😀\"\r\ndependencies = [\"😀\", \"b\"]\r\n");

        var items = Assert.IsType<TomlArray>(root.Find("project", "dependencies")).Items;
        Assert.Equal(new SourcePosition(3, 17), items[0].Position);
        Assert.Equal(new SourcePosition(3, 23), items[1].Position);
    }

    [Theory]
    [InlineData("a = 1\na = 2", "already defined", 2, 1)]
    [InlineData("[t]\n[t]", "already defined", 2, 1)]
    [InlineData("s = \"open", "End-Of-File found on string", 1, 9)]
    [InlineData("x = [1, 2", "Expecting a closing `]`", 1, 10)]
    [InlineData("k v", "Expecting `=` after a key", 1, 3)]
    [InlineData("k = 1 2", "expecting token `newline`", 1, 7)]
    [InlineData("k = \"\\q\"", "Unexpected escape character", 1, 7)]
    [InlineData("k = what", "Unexpected token `what` for a value", 1, 5)]
    [InlineData("deps = [\"a\" \"b\"]", "Missing a `,`", 1, 13)]
    public void Syntax_errors_are_diagnostics_with_positions(string text, string message, int line, int column)
    {
        var diagnostic = Assert.Single(TomlReader.Read(text).Diagnostics);

        Assert.Contains(message, diagnostic.Message);
        Assert.Equal(new SourcePosition(line, column), diagnostic.Position);
    }

    [Fact]
    public void What_precedes_an_error_is_kept_and_each_broken_line_gets_one_diagnostic()
    {
        var document = TomlReader.Read(ConfigFixtures.Read("deps/broken.toml"));

        Assert.Equal([3, 4, 5], document.Diagnostics.Select(d => d.Position.Line));
        Assert.Equal(["flask==3.0.0", "gunicorn"], Assert.IsType<TomlArray>(document.Root.Find("project", "dependencies")).Items.Cast<TomlString>().Select(s => s.Value));
    }

    [Fact]
    public void A_string_cut_short_by_a_backslash_at_the_end_of_the_file_is_a_diagnostic_not_a_crash()
    {
        // Tomlyn 2.11.1 throws ArgumentOutOfRangeException here instead of reporting it.
        var document = TomlReader.Read("[project]\ndependencies = [\"flask\\");

        Assert.Contains("cut short", Assert.Single(document.Diagnostics).Message);
    }

    [Fact]
    public void Damaged_copies_of_real_files_never_throw()
    {
        string[] files = [ConfigFixtures.Read("deps/pyproject.toml"), ConfigFixtures.Read("deps/Pipfile"), ConfigFixtures.Read("deps/broken.toml")];
        string[] damage = ["[", "]]", "{", "=", "\"", "'''", "\n", ",", ".", "\\", "\\u", "\0", "😀", "\uD800", "1979-05-27", "#"];
        var random = new Random(20240601);
        var broken = 0;
        for (var i = 0; i < 3000; i++)
        {
            var text = files[i % files.Length];
            var at = random.Next(text.Length + 1);
            var damaged = text[..at] + damage[random.Next(damage.Length)] + text[Math.Min(text.Length, at + random.Next(4))..];

            if (!TomlReader.Read(damaged).Diagnostics.IsEmpty) broken++;
        }

        Assert.InRange(broken, 1000, 3000); // the damage mostly breaks the files, and every one was read without throwing
    }

    [Fact]
    public void Hostile_nesting_is_a_diagnostic_not_a_stack_overflow()
    {
        var document = TomlReader.Read("x = " + new string('[', 10_000));

        Assert.Contains("maximum depth", Assert.Single(document.Diagnostics).Message);
    }
}
