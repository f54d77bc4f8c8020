namespace Shipshape.Probe.Observatory;

/// <summary>
/// The Observatory's subresource-integrity test: scripts from another site should carry an integrity
/// hash and load over https; a foreign script over http without integrity costs 50.
/// </summary>
public static class SubresourceIntegrityTest
{
    public const string Name = "subresource-integrity";

    // From least to most severe.
    private static readonly string[] Severity =
    [
        "sri-implemented-and-all-scripts-loaded-securely",
        "sri-implemented-and-external-scripts-loaded-securely",
        "sri-implemented-but-external-scripts-not-loaded-securely",
        "sri-not-implemented-but-external-scripts-loaded-securely",
        "sri-not-implemented-and-external-scripts-not-loaded-securely",
        "sri-not-implemented-response-not-html",
    ];

    private static readonly string[] Passing =
    [
        "sri-implemented-and-all-scripts-loaded-securely", "sri-implemented-and-external-scripts-loaded-securely",
        "sri-not-implemented-response-not-html", "sri-not-implemented-but-all-scripts-loaded-from-secure-origin",
        "sri-not-implemented-but-no-scripts-loaded",
    ];

    public static ObservatoryTestResult Run(ObservatoryInput input, ObservedPage page)
    {
        var auto = input.Auto;
        if (auto is null) return Result("sri-not-implemented-but-no-scripts-loaded", null);
        if (!page.IsHtml) return Result("sri-not-implemented-response-not-html", null);
        if (page.Scripts.Count == 0) return Result("sri-not-implemented-but-no-scripts-loaded", null);

        var siteDomain = RegistrableDomain(auto.StartUrl.Host);
        var secureSite = auto.StartUrl.Scheme == Uri.UriSchemeHttps;
        string? result = null;
        var foreignScripts = new List<string>();
        foreach (var script in page.Scripts)
        {
            if (string.IsNullOrEmpty(script.Src)) continue;
            var src = script.Src;
            var hasIntegrity = !string.IsNullOrEmpty(script.Integrity);
            var protocolRelative = src.Length > 2 && src.StartsWith("//", StringComparison.Ordinal) && src[2] != '/';
            var absolute = !protocolRelative && (src.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
                                                 || src.StartsWith("https://", StringComparison.OrdinalIgnoreCase));
            var relative = !protocolRelative && !absolute;
            var sameSite = protocolRelative || relative
                           || (Uri.TryCreate(src, UriKind.Absolute, out var srcUrl) && RegistrableDomain(srcUrl.Host) == siteDomain);
            // A protocol-relative script counts as foreign, as in the reference implementation.
            var secureOrigin = relative || (sameSite && !protocolRelative);
            var secureScheme = (absolute && src.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
                               || (relative && secureSite);

            if (!secureOrigin)
            {
                foreignScripts.Add(src);
                if (hasIntegrity && !secureScheme)
                    result = Worse("sri-implemented-but-external-scripts-not-loaded-securely", result);
                else if (!hasIntegrity && secureScheme)
                    result = Worse("sri-not-implemented-but-external-scripts-loaded-securely", result);
                else if (!hasIntegrity)
                    result = Worse("sri-not-implemented-and-external-scripts-not-loaded-securely", result);
            }
            else if (hasIntegrity && secureScheme && result is null)
            {
                result = "sri-implemented-and-all-scripts-loaded-securely";
            }
        }
        result ??= foreignScripts.Count > 0
            ? "sri-implemented-and-external-scripts-loaded-securely"
            : "sri-not-implemented-but-all-scripts-loaded-from-secure-origin";
        return Result(result, foreignScripts.Count > 0 ? string.Join(" ", foreignScripts) : null);
    }

    /// <summary>
    /// The site a host belongs to, approximated as its last two labels (the probe carries no public
    /// suffix list); null for IP addresses and single-label hosts, which then all count as one site.
    /// </summary>
    public static string? RegistrableDomain(string host)
    {
        if (Uri.CheckHostName(host) != UriHostNameType.Dns) return null;
        var labels = host.ToLowerInvariant().TrimEnd('.').Split('.');
        return labels.Length < 2 ? null : labels[^2] + "." + labels[^1];
    }

    private static string Worse(string candidate, string? current) =>
        current is null || Array.IndexOf(Severity, candidate) > Array.IndexOf(Severity, current) ? candidate : current;

    private static ObservatoryTestResult Result(string result, string? data) => new(Name, result, Passing.Contains(result), data);
}
