namespace Shipshape.Probe.Observatory;

/// <summary>The Observatory's x-content-type-options test: the header must be exactly "nosniff".</summary>
public static class XContentTypeOptionsTest
{
    public const string Name = "x-content-type-options";

    public static ObservatoryTestResult Run(ObservatoryInput input, ObservedPage page)
    {
        var header = input.Auto?.Final.Headers.Combined("x-content-type-options");
        if (string.IsNullOrEmpty(header)) return new(Name, "x-content-type-options-not-implemented", false);
        var data = header.Length > 256 ? header[..256] : header;
        return data.Trim().Equals("nosniff", StringComparison.OrdinalIgnoreCase)
            ? new(Name, "x-content-type-options-nosniff", true, data)
            : new(Name, "x-content-type-options-header-invalid", false, data);
    }
}
