namespace Shipshape.Probe.Observatory;

/// <summary>
/// The Observatory's x-frame-options test: DENY or SAMEORIGIN (or ALLOW-FROM) pass; a CSP
/// frame-ancestors directive supersedes the header and earns a bonus.
/// </summary>
public static class XFrameOptionsTest
{
    public const string Name = "x-frame-options";

    public static ObservatoryTestResult Run(ObservatoryInput input, ObservedPage page)
    {
        var header = input.Auto?.Final.Headers.Combined("x-frame-options");
        string result;
        string? data = null;
        if (string.IsNullOrEmpty(header))
        {
            result = "x-frame-options-not-implemented";
        }
        else
        {
            data = header.Length > 1024 ? header[..1024] : header;
            var value = data.Trim().ToLowerInvariant();
            result = value is "deny" or "sameorigin" ? "x-frame-options-sameorigin-or-deny"
                   : value.StartsWith("allow-from", StringComparison.Ordinal) ? "x-frame-options-allow-from-origin"
                   : "x-frame-options-header-invalid";
        }

        var csp = ContentSecurityPolicyTest.Analyse(input, page).Policy;
        if (csp is not null && csp.TryGetValue("frame-ancestors", out var ancestors))
        {
            result = "x-frame-options-implemented-via-csp";
            data = "frame-ancestors " + string.Join(" ", ancestors.Order(StringComparer.Ordinal));
        }
        return new(Name, result, result is not ("x-frame-options-not-implemented" or "x-frame-options-header-invalid"), data);
    }
}
