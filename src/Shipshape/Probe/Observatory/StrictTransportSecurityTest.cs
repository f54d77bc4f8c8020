namespace Shipshape.Probe.Observatory;

/// <summary>
/// The Observatory's strict-transport-security test: graded on the https response only; max-age of at
/// least 15552000 s (about six months) passes, a shorter one costs 10, a missing or malformed header 20.
/// No site counts as preloaded: the probe does not ship Chromium's HSTS preload list.
/// </summary>
public static class StrictTransportSecurityTest
{
    public const string Name = "strict-transport-security";
    public const long SixMonthsSeconds = 15552000;

    public static ObservatoryTestResult Run(ObservatoryInput input, ObservedPage page)
    {
        var https = input.Https;
        if (https is null) return Result("hsts-not-implemented-no-https", null);
        if (!https.Verified) return Result("hsts-invalid-cert", null);

        var header = https.Final.Headers.Combined("strict-transport-security");
        if (header is null) return Result("hsts-not-implemented", null);
        header = header.Length > 1024 ? header[..1024] : header;
        var maxAge = ParseMaxAge(header);
        if (maxAge is null) return Result("hsts-header-invalid", header);
        return Result(maxAge.Value < SixMonthsSeconds ? "hsts-implemented-max-age-less-than-six-months"
                                                : "hsts-implemented-max-age-at-least-six-months", header);
    }

    /// <summary>
    /// The max-age directive's value, or null when the header is invalid (sent twice, or no max-age).
    /// A max-age that is not a number reads as NaN, which the reference grades as long enough.
    /// </summary>
    public static double? ParseMaxAge(string header)
    {
        if (header.Contains(',')) return null;
        double? maxAge = null;
        foreach (var directive in header.Split(';').Select(d => d.Trim().ToLowerInvariant()))
            if (directive.StartsWith("max-age=", StringComparison.Ordinal))
                maxAge = LeadingInteger(directive["max-age=".Length..]);
        return maxAge;
    }

    // Reads an optionally signed run of digits, ignoring what follows, as JavaScript's parseInt does.
    private static double LeadingInteger(string text)
    {
        text = text.TrimStart();
        var end = text.StartsWith('-') || text.StartsWith('+') ? 1 : 0;
        while (end < text.Length && char.IsAsciiDigit(text[end])) end++;
        return double.TryParse(text[..end], System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : double.NaN;
    }

    private static ObservatoryTestResult Result(string result, string? data) =>
        new(Name, result, result == "hsts-implemented-max-age-at-least-six-months", data);
}
