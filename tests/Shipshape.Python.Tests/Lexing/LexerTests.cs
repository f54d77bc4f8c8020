using Shipshape.Python.Lexing;
using static Shipshape.Python.Lexing.TokenKind;

namespace Shipshape.Python.Tests.Lexing;

/// <summary>The lexer, one token family at a time.</summary>
public class LexerTests
{
    private static LexResult Lex(string source) => Lexer.Tokenize(source);

    private static TokenKind[] Kinds(string source) => [.. Lex(source).Tokens.Select(t => t.Kind)];

    private static string[] Texts(string source) =>
        [.. Lex(source).Tokens.Where(t => t.Kind is not (Newline or Indent or Dedent or EndOfFile)).Select(t => source[t.Start..t.End])];

    [Fact]
    public void Indented_block_gives_indent_and_dedent()
    {
        Assert.Equal(
            [If, Name, Colon, Newline, Indent, Pass, Newline, Dedent, Name, Newline, EndOfFile],
            Kinds("if x:\n    pass\ny\n"));
    }

    [Fact]
    public void Dedent_tokens_close_every_level_at_end_of_file()
    {
        Assert.Equal(
            [If, Name, Colon, Newline, Indent, If, Name, Colon, Newline, Indent, Pass, Newline, Dedent, Dedent, EndOfFile],
            Kinds("if a:\n  if b:\n    pass"));
    }

    [Fact]
    public void Blank_and_comment_only_lines_do_not_change_indentation()
    {
        var result = Lex("if x:\n    a\n\n  # comment\n        \n    b\n");
        Assert.Empty(result.Errors);
        Assert.Equal(1, result.Tokens.Count(t => t.Kind == Indent));
        Assert.Equal(1, result.Tokens.Count(t => t.Kind == Dedent));
    }

    [Fact]
    public void Tab_advances_to_the_next_multiple_of_eight()
    {
        // A tab after 4 spaces reaches column 8, the same as eight spaces, but the alternative
        // measure (tab = 1) differs: CPython's "inconsistent use of tabs and spaces".
        var result = Lex("if x:\n        a\n    \tb\n");
        Assert.Contains(result.Errors, e => e.Message == "inconsistent use of tabs and spaces in indentation");

        var consistent = Lex("if x:\n\ta\n\tb\n");
        Assert.Empty(consistent.Errors);
    }

    [Fact]
    public void Form_feed_resets_the_indentation_column()
    {
        var result = Lex("if x:\n    a\n    \f    b\n");
        Assert.Empty(result.Errors);
        Assert.Equal(1, result.Tokens.Count(t => t.Kind == Indent));
    }

    [Fact]
    public void Dedent_to_an_unknown_level_is_an_error()
    {
        var result = Lex("if x:\n    a\n  b\n");
        Assert.Contains(result.Errors, e => e.Message == "unindent does not match any outer indentation level");
    }

    [Fact]
    public void More_than_100_indentation_levels_is_an_error()
    {
        var source = string.Concat(Enumerable.Range(0, 101).Select(i => new string(' ', i) + "if x:\n")) + new string(' ', 101) + "pass\n";
        Assert.Contains(Lex(source).Errors, e => e.Message == "too many levels of indentation");
    }

    [Fact]
    public void Brackets_join_lines_implicitly()
    {
        Assert.Equal([Name, Equal, LParen, Number, Comma, Number, RParen, Newline, EndOfFile], Kinds("x = (1,\n\n   2)\n"));
    }

    [Fact]
    public void Backslash_joins_lines_explicitly()
    {
        Assert.Equal([Name, Equal, Number, Plus, Number, Newline, EndOfFile], Kinds("x = 1 + \\\n    2\n"));
        Assert.Contains(Lex("x = 1 \\ 2\n").Errors, e => e.Message == "unexpected character after line continuation character");
    }

    [Theory]
    [InlineData("x = 1\r\ny = 2\r\n")]
    [InlineData("x = 1\ry = 2\r")]
    [InlineData("x = 1\ny = 2\n")]
    public void Every_line_ending_ends_a_logical_line(string source)
    {
        var result = Lex(source);
        Assert.Equal([Name, Equal, Number, Newline, Name, Equal, Number, Newline, EndOfFile], result.Tokens.Select(t => t.Kind));
        var newline = result.Tokens[3];
        Assert.Equal(source.Substring(5, source[5] == '\r' && source[6] == '\n' ? 2 : 1), source[newline.Start..newline.End]);
    }

    [Fact]
    public void Comments_are_kept_apart_with_their_ranges()
    {
        const string source = "x = 1  # one\n# two\nif x:  # three\n    pass\n";
        var result = Lex(source);
        Assert.Equal(["# one", "# two", "# three"], result.Comments.Select(c => source[c.Start..c.End]));
        Assert.DoesNotContain(result.Tokens, t => t.Kind == TokenKind.Comment);
    }

    [Theory]
    [InlineData("'a'")]
    [InlineData("\"a\"")]
    [InlineData("'''a\n'b'\n'''")]
    [InlineData("\"\"\"a\"\"\"")]
    [InlineData("r'\\\\'")]
    [InlineData("R'\\d'")]
    [InlineData("b'x'")]
    [InlineData("B'x'")]
    [InlineData("u'x'")]
    [InlineData("U'x'")]
    [InlineData("rb'x'")]
    [InlineData("bR'x'")]
    [InlineData("Rb'x'")]
    [InlineData("BR'x'")]
    [InlineData("'it\\'s'")]
    [InlineData("'a\\\nb'")]
    public void String_literals_are_one_token(string literal)
    {
        var result = Lex(literal + "\n");
        Assert.Empty(result.Errors);
        Assert.Equal([TokenKind.String, Newline, EndOfFile], result.Tokens.Select(t => t.Kind));
        Assert.Equal(literal.Length, result.Tokens[0].Length);
    }

    [Theory]
    [InlineData("ub'x'")]
    [InlineData("ur'x'")]
    [InlineData("bf'x'")]
    [InlineData("rr'x'")]
    public void Invalid_prefixes_are_a_name_then_a_string(string literal)
    {
        Assert.Equal([Name, TokenKind.String, Newline, EndOfFile], Kinds(literal + "\n"));
    }

    [Theory]
    [InlineData("'abc\n", "unterminated string literal")]
    [InlineData("'''abc\n", "unterminated triple-quoted string literal")]
    public void Unterminated_strings_are_errors(string source, string message)
    {
        Assert.Contains(Lex(source).Errors, e => e.Message == message);
    }

    [Theory]
    [InlineData("f'a'")]
    [InlineData("F'a'")]
    [InlineData("rf'a'")]
    [InlineData("fR'a'")]
    [InlineData("Rf'a'")]
    [InlineData("FR'a'")]
    public void F_string_prefixes_start_an_f_string(string literal)
    {
        Assert.Equal([FStringStart, FStringMiddle, FStringEnd, Newline, EndOfFile], Kinds(literal + "\n"));
    }

    [Fact]
    public void F_string_fields_are_ordinary_tokens()
    {
        const string source = "f'a{b!r:>{w}.2}c{{d}}'\n";
        Assert.Equal(
            [FStringStart, FStringMiddle, LBrace, Name, Exclamation, Name, Colon, FStringMiddle, LBrace, Name, RBrace,
                FStringMiddle, RBrace, FStringMiddle, FStringEnd, Newline, EndOfFile],
            Kinds(source));
        Assert.Equal(["f'", "a", "{", "b", "!", "r", ":", ">", "{", "w", "}", ".2", "}", "c{{d}}", "'"], Texts(source));
    }

    [Fact]
    public void F_string_debug_specifier_and_comparison_operators()
    {
        Assert.Equal(["f\"", "{", "a", "!=", "b", "=", "}", "\""], Texts("f\"{a!=b=}\"\n"));
        Assert.Equal(["f'", "{", "x", ":", "=5", "}", "'"], Texts("f'{x:=5}'\n"));
    }

    [Fact]
    public void Brackets_inside_a_field_keep_colons_and_braces_for_the_expression()
    {
        Assert.Equal(
            ["f'", "{", "d", "[", "1", ":", "2", "]", "}", "{", "{", "1", ":", "2", "}", "}", "'"],
            Texts("f'{d[1:2]}{ {1:2} }'\n"));
    }

    [Fact]
    public void Nested_f_strings_with_other_quotes()
    {
        const string source = "f\"{f'{x}'}\"\n";
        var result = Lex(source);
        Assert.Empty(result.Errors);
        Assert.Equal(["f\"", "{", "f'", "{", "x", "}", "'", "}", "\""], Texts(source));
    }

    [Fact]
    public void Fields_may_reuse_the_enclosing_quote_and_backslashes_as_in_python_312()
    {
        const string source = "f\"{x[\"a\"]}{'\\n'.join(y)}\"\n";
        var result = Lex(source);
        Assert.Empty(result.Errors);
        Assert.Equal(["f\"", "{", "x", "[", "\"a\"", "]", "}", "{", "'\\n'", ".", "join", "(", "y", ")", "}", "\""], Texts(source));
    }

    [Fact]
    public void Triple_quoted_f_strings_span_lines_and_fields_join_lines()
    {
        const string source = "f'''a\n{b +\n c}\n'''\n";
        var result = Lex(source);
        Assert.Empty(result.Errors);
        Assert.Equal(["f'''", "a\n", "{", "b", "+", "c", "}", "\n", "'''"], Texts(source));
    }

    [Fact]
    public void A_comment_may_end_a_line_of_a_multi_line_field_as_in_python_312()
    {
        const string source = "f'''{x # why\n}'''\n";
        var result = Lex(source);
        Assert.Empty(result.Errors);
        Assert.Equal(["# why"], result.Comments.Select(c => source[c.Start..c.End]));
    }

    [Theory]
    [InlineData("f'{x\n", "unterminated f-string literal")]
    [InlineData("f'a}'\n", "f-string: single '}' is not allowed")]
    [InlineData("f'{a # c}'\n", "unterminated f-string literal")]
    public void Malformed_f_strings_are_errors(string source, string message)
    {
        Assert.Contains(Lex(source).Errors, e => e.Message == message);
    }

    [Fact]
    public void An_unterminated_single_quoted_f_string_does_not_swallow_the_next_line()
    {
        const string source = "x = f'{a\ny = 1\n";
        Assert.Equal(["y", "=", "1"], Texts(source)[^3..]);
        Assert.Equal(2, Lex(source).Tokens.Count(t => t.Kind == Newline));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("00")]
    [InlineData("0_0")]
    [InlineData("123")]
    [InlineData("1_000_000")]
    [InlineData("0xDEAD_beef")]
    [InlineData("0o17")]
    [InlineData("0O_7")]
    [InlineData("0b1010")]
    [InlineData("1.5")]
    [InlineData("1.")]
    [InlineData(".5")]
    [InlineData("1e10")]
    [InlineData("1E-5")]
    [InlineData("1_0.0_1e+1_0")]
    [InlineData("09.5")]
    [InlineData("3j")]
    [InlineData("1.5J")]
    [InlineData("1e5j")]
    public void Numeric_literals_are_one_token(string literal)
    {
        var result = Lex(literal + "\n");
        Assert.Empty(result.Errors);
        Assert.Equal([Number, Newline, EndOfFile], result.Tokens.Select(t => t.Kind));
    }

    [Theory]
    [InlineData("012", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")]
    [InlineData("1__0", "invalid decimal literal")]
    [InlineData("1_", "invalid decimal literal")]
    [InlineData("1abc", "invalid decimal literal")]
    [InlineData("0x", "invalid hexadecimal literal")]
    [InlineData("0o8", "invalid octal literal")]
    [InlineData("0b2", "invalid binary literal")]
    public void Malformed_numbers_are_errors(string literal, string message)
    {
        Assert.Contains(Lex(literal + "\n").Errors, e => e.Message == message);
    }

    [Fact]
    public void A_number_may_touch_a_following_keyword()
    {
        var result = Lex("x = 1if y else 2\n");
        Assert.Empty(result.Errors);
        Assert.Equal(["x", "=", "1", "if", "y", "else", "2"], Texts("x = 1if y else 2\n"));
    }

    [Fact]
    public void Non_ascii_identifiers_are_names()
    {
        Assert.Equal([Name, Equal, Name, Newline, Name, Equal, Number, Newline, EndOfFile], Kinds("名前 = ｗｉｄｔｈ\n𝔘 = 1\n"));
        Assert.Equal(["名前", "=", "ｗｉｄｔｈ", "𝔘", "=", "1"], Texts("名前 = ｗｉｄｔｈ\n𝔘 = 1\n"));
    }

    [Theory]
    [InlineData("$", "invalid character '$' (U+0024)")]
    [InlineData("€", "invalid character '€' (U+20AC)")]
    [InlineData("\u00a0", "invalid non-printable character U+00A0")]
    public void Characters_outside_the_language_are_errors(string text, string message)
    {
        var result = Lex("x = " + text + "\n");
        Assert.Contains(result.Errors, e => e.Message == message);
        Assert.Contains(result.Tokens, t => t.Kind == TokenKind.Error);
    }

    [Fact]
    public void Keywords_are_their_own_kinds_and_soft_keywords_are_names()
    {
        Assert.Equal(
            [TokenKind.True, TokenKind.None, Lambda, Await, Async, Name, Name, Name, Name, Newline, EndOfFile],
            Kinds("True None lambda await async match case type _\n"));
    }

    [Fact]
    public void Operators_take_the_longest_match()
    {
        Assert.Equal(
            ["**=", "//=", ">>=", "<<=", "->", ":=", "...", "!=", "==", "<=", ">=", "@=", "**", "//", ".", "!"],
            Texts("**= //= >>= <<= -> := ... != == <= >= @= ** // . !\n"));
    }

    [Fact]
    public void Mismatched_and_unclosed_brackets_are_errors()
    {
        Assert.Contains(Lex("x = (1]\n").Errors, e => e.Message == "closing parenthesis ']' does not match opening parenthesis '('");
        Assert.Contains(Lex("x = 1)\n").Errors, e => e.Message == "unmatched ')'");
        Assert.Contains(Lex("x = (1,\n").Errors, e => e.Message == "'(' was never closed");
    }

    [Fact]
    public void More_than_200_nested_brackets_is_an_error()
    {
        Assert.Contains(Lex(new string('(', 201) + new string(')', 201)).Errors, e => e.Message == "too many nested parentheses");
        Assert.Empty(Lex(new string('(', 200) + new string(')', 200)).Errors);
    }

    [Fact]
    public void A_file_without_final_newline_still_ends_its_last_line()
    {
        Assert.Equal([Name, Equal, Number, Newline, EndOfFile], Kinds("x = 1"));
        Assert.Equal([EndOfFile], Kinds(""));
        Assert.Equal([EndOfFile], Kinds("# only a comment"));
    }
}
