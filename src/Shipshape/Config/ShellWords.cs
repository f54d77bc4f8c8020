using System.Text;

namespace Shipshape.Config;

/// <summary>
/// Splits a shell command line into words the way POSIX <c>sh</c> would for simple commands:
/// single and double quotes, backslash escapes, and the operators <c>&amp;&amp;</c>, <c>||</c>,
/// <c>;</c> and <c>|</c> as separate words so callers can cut a line into commands, and <c>#</c>
/// comments. It does not expand variables or globs; that is the caller's business.
/// </summary>
public static class ShellWords
{
    private static readonly string[] Operators = ["&&", "||", ";", "|", "&"];

    public static IReadOnlyList<string> Split(string commandLine)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        var inWord = false;
        var i = 0;
        while (i < commandLine.Length)
        {
            var c = commandLine[i];
            if (c == '#' && !inWord)
            {
                break; // a comment runs to the end of the line
            }
            else if (char.IsWhiteSpace(c))
            {
                Flush();
                i++;
            }
            else if (c == '\'')
            {
                var close = commandLine.IndexOf('\'', i + 1);
                if (close < 0) close = commandLine.Length;
                current.Append(commandLine, i + 1, close - i - 1);
                inWord = true;
                i = close + 1;
            }
            else if (c == '"')
            {
                i++;
                while (i < commandLine.Length && commandLine[i] != '"')
                {
                    if (commandLine[i] == '\\' && i + 1 < commandLine.Length && "\"\\$`".Contains(commandLine[i + 1]))
                        i++;
                    current.Append(commandLine[i]);
                    i++;
                }
                inWord = true;
                i++;
            }
            else if (c == '\\' && i + 1 < commandLine.Length)
            {
                current.Append(commandLine[i + 1]);
                inWord = true;
                i += 2;
            }
            else if (OperatorAt(commandLine, i) is { } op)
            {
                Flush();
                words.Add(op);
                i += op.Length;
            }
            else
            {
                current.Append(c);
                inWord = true;
                i++;
            }
        }
        Flush();
        return words;

        void Flush()
        {
            if (inWord)
                words.Add(current.ToString());
            current.Clear();
            inWord = false;
        }
    }

    /// <summary>True when the word is one of the command separators <see cref="Split"/> emits.</summary>
    public static bool IsOperator(string word) => Operators.Contains(word);

    private static string? OperatorAt(string text, int index)
    {
        foreach (var op in Operators)
        {
            if (string.CompareOrdinal(text, index, op, 0, op.Length) == 0)
                return op;
        }
        return null;
    }
}
