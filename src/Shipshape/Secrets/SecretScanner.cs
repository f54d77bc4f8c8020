namespace Shipshape.Secrets;

/// <summary>
/// Finds secrets in configuration text. Two questions:
/// <see cref="FindKnownFormats"/> — which known credential formats occur in a text (any file);
/// <see cref="AssessSetting"/> — does a <c>NAME=value</c> setting hold a secret: a known format in
/// the value, a secret-named key with a literal value, or (whatever the name) a long high-entropy
/// value. Placeholders never count.
/// </summary>
public static class SecretScanner
{
    public const string NamedSettingId = "secret-named-setting";
    public const string HighEntropyId = "high-entropy-value";

    /// <summary>Below this many bits per character a value is filler (<c>aaaa</c>), not a password.</summary>
    public const double NamedSettingMinimumEntropy = 1.5;

    /// <summary>Random tokens (base64, mixed-case alphanumerics) sit above this; words and hex digests below.</summary>
    public const double HighEntropyThreshold = 4.2;

    public const int HighEntropyMinimumLength = 24;

    public static IReadOnlyList<SecretMatch> FindKnownFormats(string text)
    {
        var matches = new List<SecretMatch>();
        foreach (var pattern in SecretPatterns.All)
        {
            foreach (System.Text.RegularExpressions.Match match in pattern.Expression.Matches(text))
            {
                var value = match.Groups[pattern.ValueGroup];
                if (SecretPlaceholders.IsPlaceholder(value.Value))
                    continue;
                // A span already claimed by an earlier, more specific pattern is not reported twice.
                if (matches.Any(m => m.Offset < value.Index + value.Length && value.Index < m.Offset + m.Length))
                    continue;
                matches.Add(new SecretMatch(pattern.Id, pattern.Description, value.Index, value.Length, value.Value));
            }
        }
        matches.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        return matches;
    }

    /// <summary>The secret a setting holds, with offsets relative to <paramref name="value"/>, or null.</summary>
    public static SecretMatch? AssessSetting(string name, string value)
    {
        if (FindKnownFormats(value) is [var known, ..])
            return known;
        var literal = value.Trim();
        if (SecretPlaceholders.IsPlaceholder(literal) || IsPlainFlagOrNumber(literal))
            return null;
        var offset = value.IndexOf(literal, StringComparison.Ordinal);
        if (SecretNames.IsSecretName(name) && ShannonEntropy.Of(literal) >= NamedSettingMinimumEntropy)
            return new SecretMatch(NamedSettingId, $"literal value for secret setting {name}", offset, literal.Length, literal);
        if (IsHighEntropyToken(literal))
            return new SecretMatch(HighEntropyId, $"high-entropy value for {name}", offset, literal.Length, literal);
        return null;
    }

    private static bool IsHighEntropyToken(string value) =>
        value.Length >= HighEntropyMinimumLength
        && !value.Any(char.IsWhiteSpace)
        && !value.Contains("://", StringComparison.Ordinal)
        && !value.StartsWith('/')
        && ShannonEntropy.Of(value) >= HighEntropyThreshold;

    private static bool IsPlainFlagOrNumber(string value) =>
        value.ToLowerInvariant() is "true" or "false" or "yes" or "no" or "on" or "off"
        || (value.Length < 6 && value.All(char.IsAsciiDigit));
}
