using Shipshape.Config;
using Shipshape.Config.Env;

namespace Shipshape.Tests.Config;

public sealed class EnvFileParserTests
{
    private static readonly EnvFile App = EnvFileParser.ParseFile(ConfigFixtures.PathOf("env/app.env"));

    [Fact]
    public void Keys_values_and_positions_are_read()
    {
        Assert.Equal(
            ["FLASK_APP", "FLASK_DEBUG", "UNLOCK_KEY", "SECRET_KEY", "DB_HOST", "DATABASE_URL", "GREETING", "MESSAGE", "HASH", "EMPTY", "BARE"],
            App.Entries.Select(e => e.Key));
        var unlock = App["UNLOCK_KEY"]!;
        Assert.Equal("admin123", unlock.Value);
        Assert.Equal(new SourcePosition(4, 1), unlock.Position);
        Assert.Equal(new SourcePosition(4, 12), unlock.ValuePosition);
    }

    [Fact]
    public void Export_prefix_is_accepted_and_remembered()
    {
        var debug = App["FLASK_DEBUG"]!;

        Assert.True(debug.IsExported);
        Assert.Equal("1", debug.Value);
        Assert.Equal(new SourcePosition(3, 1), debug.Position);
        Assert.Equal(new SourcePosition(3, 20), debug.ValuePosition);
    }

    [Fact]
    public void Single_quotes_are_literal_and_double_quotes_interpolate_earlier_keys()
    {
        var secret = App["SECRET_KEY"]!;
        Assert.Equal(EnvQuoting.Single, secret.Quoting);
        Assert.Equal("lit${NOT_EXPANDED}eral", secret.Value);
        Assert.False(secret.IsInterpolated);
        Assert.Equal(new SourcePosition(5, 16), secret.ValuePosition);

        var url = App["DATABASE_URL"]!;
        Assert.Equal("postgresql://app:s3cr3t@db:5432/app", url.Value);
        Assert.True(url.IsInterpolated);
    }

    [Fact]
    public void Double_quoted_values_span_lines_and_apply_escapes()
    {
        Assert.Equal("line one\nline two\tand tab", App["GREETING"]!.Value);
        Assert.Equal(10, App["MESSAGE"]!.Position.Line);
    }

    [Fact]
    public void Inline_comments_need_whitespace_before_the_hash()
    {
        Assert.Equal("hello", App["MESSAGE"]!.Value);
        Assert.Equal("abc#def", App["HASH"]!.Value);
        Assert.Equal("", App["EMPTY"]!.Value);
        Assert.Equal("", App["BARE"]!.Value);
    }

    [Fact]
    public void A_line_that_is_not_key_value_is_a_diagnostic()
    {
        var diagnostic = Assert.Single(App.Diagnostics);
        Assert.Equal(14, diagnostic.Position.Line);
    }

    [Fact]
    public void Unterminated_quote_is_a_diagnostic_and_keeps_the_value_to_the_end()
    {
        var file = EnvFileParser.ParseFile(ConfigFixtures.PathOf("env/unterminated.env"));

        Assert.Contains("unterminated", Assert.Single(file.Diagnostics).Message);
        Assert.Equal(["A", "B"], file.Entries.Select(e => e.Key));
    }

    [Fact]
    public void Crlf_files_are_read_like_lf_files()
    {
        var file = EnvFileParser.ParseFile(ConfigFixtures.PathOf("env/crlf.env"));

        Assert.Equal([("KEY", "1"), ("OTHER", "x")], file.Entries.Select(e => (e.Key, e.Value)));
    }

    [Fact]
    public void A_binary_file_named_env_is_a_diagnostic_not_a_crash()
    {
        var file = EnvFileParser.ParseFile(ConfigFixtures.PathOf("env/binary.env"));

        Assert.Empty(file.Entries);
        Assert.StartsWith("binary file", Assert.Single(file.Diagnostics).Message);
    }

    [Fact]
    public void A_missing_file_is_a_diagnostic()
    {
        var file = EnvFileParser.ParseFile(ConfigFixtures.PathOf("env/does-not-exist.env"));

        Assert.StartsWith("cannot read", Assert.Single(file.Diagnostics).Message);
    }
}
