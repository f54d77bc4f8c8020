namespace Shipshape.Config.Docker;

/// <summary>
/// Reads the arguments of ENV and ARG: <c>KEY=value KEY2="quoted value"</c>, the legacy
/// <c>ENV KEY value with spaces</c> form, and bare <c>ARG NAME</c> (value null).
/// </summary>
public static class DockerKeyValues
{
    public static IReadOnlyList<(string Name, string? Value)> Parse(string arguments, bool isArg)
    {
        var text = arguments.Trim();
        if (text.Length == 0)
            return [];
        var firstSpace = text.IndexOfAny([' ', '\t']);
        var firstEquals = text.IndexOf('=');
        // Legacy "ENV NAME value": no '=' in the first word.
        if (!isArg && (firstEquals < 0 || (firstSpace >= 0 && firstSpace < firstEquals)))
        {
            return firstSpace < 0
                ? [(text, "")]
                : [(text[..firstSpace], string.Join(' ', ShellWords.Split(text[(firstSpace + 1)..])))];
        }
        var pairs = new List<(string, string?)>();
        foreach (var word in ShellWords.Split(text))
        {
            var equals = word.IndexOf('=');
            pairs.Add(equals < 0 ? (word, null) : (word[..equals], word[(equals + 1)..]));
        }
        return pairs;
    }
}
