using System.Text.RegularExpressions;

namespace Shipshape.Secrets;

/// <summary>
/// Values that stand in for a secret rather than being one: empty, <c>${VAR}</c> and <c>$VAR</c>
/// references, <c>&lt;your-key&gt;</c>, template markers, <c>changeme</c>, <c>xxxx</c>, <c>****</c>,
/// <c>example</c>, <c>your-…-here</c>, <c>replace-me</c>, file references such as <c>/run/secrets/…</c>.
/// </summary>
public static partial class SecretPlaceholders
{
    [GeneratedRegex(@"^(\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*|<[^>]*>|\{\{.*\}\}|%\([A-Za-z_]+\)s|\[[^\]]*\])$")]
    private static partial Regex Reference();

    [GeneratedRegex(@"^([xX*._\-#0]{3,}|\.{3}|…)$")]
    private static partial Regex Filler();

    [GeneratedRegex(@"change[-_ ]?me|example|placeholder|your[-_ ].*[-_ ]here|^your[-_ ]|replace[-_ ]?(me|this|with)|^(todo|tbd|fixme|dummy|sample|none|null|nil|undefined|redacted|secret-here|insert.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Word();

    public static bool IsPlaceholder(string value)
    {
        var trimmed = value.Trim().Trim('"', '\'');
        if (trimmed.Length == 0)
            return true;
        return Reference().IsMatch(trimmed)
            || trimmed.Contains("${", StringComparison.Ordinal)
            || Filler().IsMatch(trimmed)
            || Word().IsMatch(trimmed)
            || trimmed.StartsWith("/run/secrets/", StringComparison.Ordinal);
    }
}
