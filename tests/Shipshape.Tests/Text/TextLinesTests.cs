using Shipshape.Text;

namespace Shipshape.Tests.Text;

public sealed class TextLinesTests
{
    [Fact]
    public void Positions_are_one_based_lines_and_columns_across_all_line_endings()
    {
        var lines = new TextLines("a = 1\r\nbb\rc\n\u00e9t\u00e9");

        Assert.Equal(4, lines.Count);
        Assert.Equal((1, 1), lines.Position(0));
        Assert.Equal((2, 2), lines.Position(8));   // the second b
        Assert.Equal((3, 1), lines.Position(10));  // after a lone \r
        Assert.Equal((4, 3), lines.Position(14));  // columns count characters, not bytes
        Assert.Equal("bb", lines.Line(2));
        Assert.Equal("été", lines.Line(4));
    }

    [Fact]
    public void A_final_newline_does_not_add_a_line()
    {
        Assert.Equal(2, new TextLines("x\ny\n").Count);
        Assert.Equal(1, new TextLines("").Count);
    }

    [Fact]
    public void Empty_lines_and_mixed_endings_each_count_once()
    {
        var lines = new TextLines("\r\r\n\nend");

        Assert.Equal(4, lines.Count);
        Assert.Equal((2, 1), lines.Position(1));
        Assert.Equal((3, 1), lines.Position(3));
        Assert.Equal("end", lines.Line(4));
        Assert.Equal("", lines.Line(2));
    }
}
