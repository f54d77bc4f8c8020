using System.Text;

namespace Shipshape.Config;

/// <summary>
/// Shell-style variable substitution shared by Dockerfiles, compose files and env files:
/// <c>$VAR</c>, <c>${VAR}</c>, <c>${VAR:-default}</c>, <c>${VAR-default}</c>, <c>${VAR:+alt}</c>,
/// <c>${VAR+alt}</c>, and <c>${VAR:?message}</c> (which expands to nothing when unset).
/// Unknown variables expand to the empty string, as Docker and compose do.
/// </summary>
public static class VariableExpander
{
    /// <summary>True when the text contains a <c>$NAME</c> or <c>${...}</c> reference.</summary>
    public static bool ContainsReference(string text)
    {
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (text[i] == '$' && (text[i + 1] == '{' || IsNameStart(text[i + 1])))
                return true;
        }
        return false;
    }

    public static string Expand(string text, IReadOnlyDictionary<string, string> variables, char escape = '\\')
    {
        var output = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == escape && i + 1 < text.Length && text[i + 1] == '$')
            {
                output.Append('$');
                i += 2;
            }
            else if (c == '$' && i + 1 < text.Length && text[i + 1] == '$')
            {
                output.Append('$'); // compose's "$$" escape
                i += 2;
            }
            else if (c == '$' && i + 1 < text.Length && text[i + 1] == '{')
            {
                var close = text.IndexOf('}', i + 2);
                if (close < 0)
                {
                    output.Append(text, i, text.Length - i);
                    break;
                }
                output.Append(ExpandBraced(text.Substring(i + 2, close - i - 2), variables, escape));
                i = close + 1;
            }
            else if (c == '$' && i + 1 < text.Length && IsNameStart(text[i + 1]))
            {
                var end = i + 1;
                while (end < text.Length && IsNamePart(text[end]))
                    end++;
                output.Append(variables.TryGetValue(text.Substring(i + 1, end - i - 1), out var value) ? value : "");
                i = end;
            }
            else
            {
                output.Append(c);
                i++;
            }
        }
        return output.ToString();
    }

    private static string ExpandBraced(string body, IReadOnlyDictionary<string, string> variables, char escape)
    {
        var nameEnd = 0;
        while (nameEnd < body.Length && IsNamePart(body[nameEnd]))
            nameEnd++;
        var name = body[..nameEnd];
        var hasValue = variables.TryGetValue(name, out var value);
        var rest = body[nameEnd..];
        if (rest.Length == 0)
            return value ?? "";

        var colon = rest.StartsWith(':');
        var op = colon ? rest.Length > 1 ? rest[1] : '\0' : rest[0];
        var word = Expand(rest[(colon ? 2 : 1)..], variables, escape);
        // With a colon an empty value counts as unset.
        var isSet = hasValue && (!colon || !string.IsNullOrEmpty(value));
        return op switch
        {
            '-' => isSet ? value! : word,
            '+' => isSet ? word : "",
            '?' => isSet ? value! : "",
            _ => value ?? "",
        };
    }

    private static bool IsNameStart(char c) => char.IsAsciiLetter(c) || c == '_';

    private static bool IsNamePart(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
}
