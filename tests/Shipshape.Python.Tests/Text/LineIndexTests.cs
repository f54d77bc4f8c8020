using Shipshape.Python.Text;

namespace Shipshape.Python.Tests.Text;

public class LineIndexTests
{
    [Fact]
    public void Every_line_break_style_starts_a_line()
    {
        var lines = LineIndex.Build("a\nb\r\nc\rd");

        Assert.Equal(4, lines.LineCount);
        Assert.Equal(["a", "b", "c", "d"], Enumerable.Range(1, 4).Select(lines.LineText));
        Assert.Equal((2, 0), lines.Position(2));
        Assert.Equal((3, 0), lines.Position(5));
        Assert.Equal((4, 0), lines.Position(7));
    }

    [Fact]
    public void The_line_feed_of_a_crlf_belongs_to_the_line_it_ends()
    {
        var lines = LineIndex.Build("ab\r\ncd");

        Assert.Equal((1, 2), lines.Position(2));
        Assert.Equal((1, 3), lines.Position(3));
        Assert.Equal((2, 0), lines.Position(4));
        Assert.Equal(2, lines.LineEnd(1));
    }

    [Fact]
    public void Form_feed_is_not_a_line_break()
    {
        var lines = LineIndex.Build("a\fb\nc");

        Assert.Equal(2, lines.LineCount);
        Assert.Equal("a\fb", lines.LineText(1));
        Assert.Equal((1, 2), lines.Position(2));
    }

    [Fact]
    public void A_final_line_break_opens_an_empty_last_line()
    {
        var lines = LineIndex.Build("x = 1\n");

        Assert.Equal(2, lines.LineCount);
        Assert.Equal("", lines.LineText(2));
        Assert.Equal((2, 0), lines.Position(6));
    }

    [Fact]
    public void Byte_columns_count_utf8_bytes_of_the_line_prefix()
    {
        // é is 2 bytes, € 3, and 😀 (a surrogate pair in UTF-16) 4.
        var source = "x\né€😀y";
        var lines = LineIndex.Build(source);
        var y = source.IndexOf('y');

        Assert.Equal((2, 4), lines.Position(y));
        Assert.Equal((2, 9), lines.Utf8Position(y));
        Assert.Equal((2, 2), lines.Utf8Position(source.IndexOf('€')));
    }

    [Fact]
    public void Offsets_outside_the_text_are_clamped()
    {
        var lines = LineIndex.Build("ab\ncd");

        Assert.Equal((1, 0), lines.Position(-5));
        Assert.Equal((2, 2), lines.Position(99));
    }

    [Fact]
    public void Empty_source_has_one_empty_line()
    {
        var lines = LineIndex.Build("");

        Assert.Equal(1, lines.LineCount);
        Assert.Equal((1, 0), lines.Utf8Position(0));
    }

    [Fact]
    public void Line_numbers_agree_with_a_linear_count_on_a_real_file()
    {
        var source = File.ReadAllText(Support.Fixtures.File("differential", "statements.py"));
        var lines = LineIndex.Build(source);

        var line = 1;
        for (var offset = 0; offset < source.Length; offset++)
        {
            Assert.Equal(line, lines.LineNumber(offset));
            if (source[offset] == '\n')
            {
                line++;
            }
        }
    }
}
