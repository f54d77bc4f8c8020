using Shipshape.Config;

namespace Shipshape.Tests.Config;

public sealed class ShellWordsTests
{
    [Theory]
    [InlineData("gunicorn -w 4 app:app", new[] { "gunicorn", "-w", "4", "app:app" })]
    [InlineData("sh -c 'flask run --host 0.0.0.0'", new[] { "sh", "-c", "flask run --host 0.0.0.0" })]
    [InlineData("echo \"a \\\"b\\\"\" c\\ d", new[] { "echo", "a \"b\"", "c d" })]
    [InlineData("migrate&&exec gunicorn app", new[] { "migrate", "&&", "exec", "gunicorn", "app" })]
    [InlineData("''", new[] { "" })]
    [InlineData("python app.py # dev only", new[] { "python", "app.py" })]
    [InlineData("echo a#b", new[] { "echo", "a#b" })]
    [InlineData("unclosed 'quote", new[] { "unclosed", "quote" })]
    public void Splits_like_sh(string line, string[] expected)
    {
        Assert.Equal(expected, ShellWords.Split(line));
    }
}
