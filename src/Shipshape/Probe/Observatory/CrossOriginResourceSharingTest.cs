namespace Shipshape.Probe.Observatory;

/// <summary>
/// The Observatory's cross-origin-resource-sharing test on the preflight's answer: "*" is public
/// access, any other Access-Control-Allow-Origin is restricted access.
/// </summary>
/// <remarks>
/// The reference means to grade an echoed Origin sent with Access-Control-Allow-Credentials: true as
/// "universal access" (-50), but in @mdn/mdn-http-observatory 1.4.8 it reads the request's Origin
/// from a property the HTTP client never fills, so that result never occurs: an echoing server grades
/// as restricted (checked against the real scanner in the parity tests). The grade follows the
/// reference; CORS101 reports the echo itself.
/// </remarks>
public static class CrossOriginResourceSharingTest
{
    public const string Name = "cross-origin-resource-sharing";

    public static ObservatoryTestResult Run(ObservatoryInput input, ObservedPage page)
    {
        var allowOrigin = input.Preflight?.ResponseHeaders.Combined("access-control-allow-origin");
        if (string.IsNullOrEmpty(allowOrigin))
            return new(Name, "cross-origin-resource-sharing-not-implemented", true);

        var data = (allowOrigin.Length > 256 ? allowOrigin[..256] : allowOrigin).Trim().ToLowerInvariant();
        var result = data == "*"
            ? "cross-origin-resource-sharing-implemented-with-public-access"
            : "cross-origin-resource-sharing-implemented-with-restricted-access";
        return new(Name, result, true, data);
    }
}
