using Shipshape.Probe.Http;

namespace Shipshape.Probe.Observatory;

/// <summary>
/// The Observatory's content-security-policy test: parses the header and meta policies together and
/// names the worst weakness first (unsafe-inline or broad script/object sources, insecure schemes,
/// unsafe-eval, passive insecure content, unsafe style sources), else rewards default-src 'none'.
/// </summary>
public static class ContentSecurityPolicyTest
{
    public const string Name = "content-security-policy";

    private static readonly HashSet<string> DangerouslyBroad =
        ["ftp:", "http:", "https:", "*", "http://*", "http://*.*", "https://*", "https://*.*"];
    private static readonly HashSet<string> BroadOrUnsafeInline = [.. DangerouslyBroad, "'unsafe-inline'", "data:"];
    private static readonly string[] PassiveDirectives = ["img-src", "media-src"];
    private static readonly string[] NonceOrHashPrefixes = ["'sha256-", "'sha384-", "'sha512-", "'nonce-"];

    /// <summary>The result, and the parsed policy when one was found (null when absent or unparsable).</summary>
    public sealed record Outcome(ObservatoryTestResult Result, IReadOnlyDictionary<string, HashSet<string>>? Policy);

    public static ObservatoryTestResult Run(ObservatoryInput input, ObservedPage page) => Analyse(input, page).Result;

    public static Outcome Analyse(ObservatoryInput input, ObservedPage page)
    {
        var auto = input.Auto;
        if (auto is null) return Fail("csp-not-implemented", null);

        var header = auto.Final.Headers.Combined("content-security-policy");
        var httpPolicies = header is null ? Array.Empty<string>() : [header];
        Dictionary<string, HashSet<string>> csp, headerOnly, metaOnly;
        try
        {
            csp = CspPolicyParser.Parse([.. httpPolicies, .. page.MetaCsp]);
        }
        catch (CspPolicyParser.InvalidPolicyException)
        {
            return Fail("csp-header-invalid", header);
        }
        headerOnly = TryParse(() => CspPolicyParser.Parse(httpPolicies));
        metaOnly = TryParse(() => CspPolicyParser.ParseMeta(page.MetaCsp));

        if (headerOnly.Count + metaOnly.Count == 0)
        {
            var reportOnly = auto.Final.Headers.Combined("content-security-policy-report-only");
            return Fail(string.IsNullOrEmpty(reportOnly) ? "csp-not-implemented" : "csp-not-implemented-but-reporting-enabled", reportOnly);
        }

        string? result = null;
        // The sets below are the parsed policy's own: removing a source from script-src (or from the
        // default-src it falls back to) changes what later steps see, as in the reference implementation.
        var objectSrc = csp.GetValueOrDefault("object-src") ?? csp.GetValueOrDefault("default-src") ?? ["*"];
        var scriptSrc = csp.GetValueOrDefault("script-src") ?? csp.GetValueOrDefault("default-src") ?? ["*"];
        var styleSrc = csp.GetValueOrDefault("style-src") ?? csp.GetValueOrDefault("default-src") ?? ["*"];

        // A nonce or hash makes browsers ignore 'unsafe-inline'.
        foreach (var sources in new[] { scriptSrc, styleSrc })
            if (HasNonceOrHash(sources)) sources.Remove("'unsafe-inline'");

        if (HasNonceOrHash(scriptSrc) && scriptSrc.Contains("'strict-dynamic'"))
        {
            // 'strict-dynamic' makes browsers ignore host and scheme sources, 'self' and 'unsafe-inline'.
            scriptSrc.RemoveWhere(s => DangerouslyBroad.Any(b => s.StartsWith(b, StringComparison.Ordinal))
                                       || s is "'self'" or "'unsafe-inline'");
        }
        else if (scriptSrc.Contains("'strict-dynamic'"))
        {
            result = "csp-header-invalid";
        }

        var activeSources = csp.Where(d => !PassiveDirectives.Contains(d.Key) && d.Key != "script-src")
                               .SelectMany(d => d.Value).Concat(scriptSrc).ToArray();
        var passiveSources = PassiveDirectives
            .SelectMany(d => csp.GetValueOrDefault(d) ?? csp.GetValueOrDefault("default-src") ?? []).ToArray();
        var secureSite = auto.StartUrl.Scheme == Uri.UriSchemeHttps;

        if (scriptSrc.Any(BroadOrUnsafeInline.Contains) || objectSrc.Any(DangerouslyBroad.Contains))
            result ??= "csp-implemented-with-unsafe-inline";
        if (secureSite && activeSources.Any(IsInsecureScheme))
            result ??= "csp-implemented-with-insecure-scheme";
        if (scriptSrc.Contains("'unsafe-eval'") || styleSrc.Contains("'unsafe-eval'"))
            result ??= "csp-implemented-with-unsafe-eval";
        if (secureSite && passiveSources.Any(IsInsecureScheme))
            result ??= "csp-implemented-with-insecure-scheme-in-passive-content-only";
        if (styleSrc.Any(BroadOrUnsafeInline.Contains))
            result ??= "csp-implemented-with-unsafe-inline-in-style-src-only";
        if (csp.TryGetValue("default-src", out var defaultSrc) && defaultSrc.Count == 1 && defaultSrc.Contains("'none'"))
            result ??= "csp-implemented-with-no-unsafe-default-src-none";
        result ??= "csp-implemented-with-no-unsafe";

        var pass = result is "csp-implemented-with-no-unsafe" or "csp-implemented-with-no-unsafe-default-src-none"
            or "csp-implemented-with-unsafe-inline-in-style-src-only" or "csp-implemented-with-insecure-scheme-in-passive-content-only";
        if (pass && csp.ContainsKey(CspPolicyParser.DuplicateWarningsKey))
            result = "csp-implemented-but-duplicate-directives";

        csp.Remove(CspPolicyParser.DuplicateWarningsKey);
        var data = header ?? string.Join("; ", page.MetaCsp);
        return new Outcome(new ObservatoryTestResult(Name, result, pass, data), csp);
    }

    private static Outcome Fail(string result, string? data) => new(new ObservatoryTestResult(Name, result, false, data), null);

    private static Dictionary<string, HashSet<string>> TryParse(Func<Dictionary<string, HashSet<string>>> parse)
    {
        try { return parse(); }
        catch (CspPolicyParser.InvalidPolicyException) { return []; }
    }

    private static bool HasNonceOrHash(HashSet<string> sources) =>
        sources.Any(s => NonceOrHashPrefixes.Any(p => s.StartsWith(p, StringComparison.Ordinal)));

    private static bool IsInsecureScheme(string source) =>
        source.StartsWith("http:", StringComparison.Ordinal) || source.StartsWith("ftp:", StringComparison.Ordinal);
}
