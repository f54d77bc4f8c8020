namespace Shipshape.Probe.Observatory;

/// <summary>
/// The Observatory's cross-origin-resource-sharing test: a preflight whose answer echoes the request's
/// Origin together with Access-Control-Allow-Credentials: true gives any site credentialed access.
/// </summary>
public static class CrossOriginResourceSharingTest
{
    public const string Name = "cross-origin-resource-sharing";

    public static ObservatoryTestResult Run(ObservatoryInput input, ObservedPage page)
    {
        var preflight = input.Preflight;
        var allowOrigin = preflight?.ResponseHeaders.Combined("access-control-allow-origin");
        if (preflight is null || string.IsNullOrEmpty(allowOrigin))
            return new(Name, "cross-origin-resource-sharing-not-implemented", true);

        var data = (allowOrigin.Length > 256 ? allowOrigin[..256] : allowOrigin).Trim().ToLowerInvariant();
        var credentials = preflight.ResponseHeaders.Combined("access-control-allow-credentials");
        var result = data == "*"
            ? "cross-origin-resource-sharing-implemented-with-public-access"
            : allowOrigin == preflight.Origin && credentials?.Trim().ToLowerInvariant() == "true"
                ? "cross-origin-resource-sharing-implemented-with-universal-access"
                : "cross-origin-resource-sharing-implemented-with-restricted-access";
        return new(Name, result, result != "cross-origin-resource-sharing-implemented-with-universal-access", data);
    }
}
