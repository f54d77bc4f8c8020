using System.Text.RegularExpressions;
using Shipshape.Python.Ast;
using Shipshape.Python.Semantics;
using Attribute = Shipshape.Python.Ast.Attribute;

namespace Shipshape.Facts.Python;

/// <summary>
/// Reads what a password check requires from a call: the character classes of a pattern given to
/// <c>Regexp</c> / <c>re.search</c> and friends, or a <c>str.isupper()</c>-style test. Only exact
/// classes count: <c>[A-Za-z0-9]</c> says which characters are allowed, not which are required.
/// </summary>
public static partial class PasswordRules
{
    private static readonly HashSet<string> PatternCalls = new(StringComparer.Ordinal)
    {
        "wtforms.validators.Regexp", "wtforms.validators.regexp", "re.search", "re.match", "re.fullmatch", "re.compile", "re.findall",
    };

    private static readonly Dictionary<string, string> CharacterTests = new(StringComparer.Ordinal)
    {
        ["isupper"] = "uppercase", ["islower"] = "lowercase", ["isdigit"] = "digit", ["isnumeric"] = "digit",
    };

    /// <summary>Whether <paramref name="call"/> can check a password rule at all: a pattern match or a character test.</summary>
    public static bool MayCheck(Call call, string callee) =>
        PatternCalls.Contains(callee) || call.Func is Attribute { Attr: var test } && CharacterTests.ContainsKey(test);

    /// <summary>The requirements <paramref name="call"/> (to <paramref name="callee"/>) checks, with what shows it; empty when it checks none.</summary>
    public static IEnumerable<(string Requirement, string Source)> Of(Call call, string callee, SemanticModel semantics)
    {
        if (PatternCalls.Contains(callee)
            && call.Argument(0, "regex") is { } argument && semantics.StaticString(argument) is { } pattern)
        {
            foreach (var (requirement, shape) in Classes)
                if (shape.IsMatch(pattern)) yield return (requirement, $"{callee.Split('.')[^1]}('{pattern}')");
        }
        else if (call.Func is Attribute { Attr: var test } && CharacterTests.TryGetValue(test, out var required))
        {
            yield return (required, $"str.{test}()");
        }
    }

    private static readonly (string Requirement, Regex Shape)[] Classes =
    [
        ("uppercase", Upper()), ("lowercase", Lower()), ("digit", Digit()), ("symbol", Symbol()),
    ];

    [GeneratedRegex(@"\[A-Z\]|\\p\{Lu\}|\[\[:upper:\]\]")]
    private static partial Regex Upper();

    [GeneratedRegex(@"\[a-z\]|\\p\{Ll\}|\[\[:lower:\]\]")]
    private static partial Regex Lower();

    [GeneratedRegex(@"\\d|\[0-9\]|\[\[:digit:\]\]")]
    private static partial Regex Digit();

    [GeneratedRegex(@"\\W|\[\^A-Za-z0-9\]|\[\^a-zA-Z0-9\]|\[[!@#$%^&*]")]
    private static partial Regex Symbol();
}
