using Shipshape.Config;

namespace Shipshape.Tests.Config;

public sealed class VariableExpanderTests
{
    private static readonly Dictionary<string, string> Variables = new() { ["USER"] = "app", ["EMPTY"] = "" };

    [Theory]
    [InlineData("$USER", "app")]
    [InlineData("${USER}:${USER}", "app:app")]
    [InlineData("${MISSING:-fallback}", "fallback")]
    [InlineData("${EMPTY:-fallback}", "fallback")]
    [InlineData("${EMPTY-fallback}", "")]
    [InlineData("${USER:+set}", "set")]
    [InlineData("${MISSING:+set}", "")]
    [InlineData("${MISSING:?required}", "")]
    [InlineData("\\$USER", "$USER")]
    [InlineData("$$USER", "$USER")]
    [InlineData("${UNCLOSED", "${UNCLOSED")]
    [InlineData("price: 5$", "price: 5$")]
    public void Expands_shell_style_references(string text, string expected)
    {
        Assert.Equal(expected, VariableExpander.Expand(text, Variables));
    }

    [Theory]
    [InlineData("${A}", true)]
    [InlineData("x$NAME", true)]
    [InlineData("5$", false)]
    [InlineData("$1", false)]
    public void Detects_references(string text, bool expected)
    {
        Assert.Equal(expected, VariableExpander.ContainsReference(text));
    }
}
