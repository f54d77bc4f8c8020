namespace Shipshape.Probe.Observatory;

/// <summary>The Observatory's cross-origin-resource-policy test: same-site or same-origin earn a bonus.</summary>
public static class CrossOriginResourcePolicyTest
{
    public const string Name = "cross-origin-resource-policy";

    public static ObservatoryTestResult Run(ObservatoryInput input, ObservedPage page)
    {
        var header = input.Auto?.Final.Headers.Combined("cross-origin-resource-policy");
        if (string.IsNullOrEmpty(header)) return new(Name, "corp-not-implemented", true);
        var data = (header.Length > 256 ? header[..256] : header).Trim().ToLowerInvariant();
        var result = data switch
        {
            "same-site" => "corp-implemented-with-same-site",
            "same-origin" => "corp-implemented-with-same-origin",
            "cross-origin" => "corp-implemented-with-cross-origin",
            _ => "corp-header-invalid",
        };
        return new(Name, result, result != "corp-header-invalid", data);
    }
}
