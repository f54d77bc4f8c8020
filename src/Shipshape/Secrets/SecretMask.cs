namespace Shipshape.Secrets;

/// <summary>
/// How secret values appear in every output: at most the first four characters (never more than
/// half the value) and the length, e.g. <c>admi… (8 chars)</c>.
/// </summary>
public static class SecretMask
{
    public static string Mask(string value)
    {
        var shown = Math.Min(4, value.Length / 2);
        return $"{value[..shown]}… ({value.Length} chars)";
    }

    /// <summary>The text with every occurrence of <paramref name="value"/> masked (for snippets).</summary>
    public static string MaskIn(string text, string value) =>
        value.Length == 0 ? text : text.Replace(value, Mask(value), StringComparison.Ordinal);
}
