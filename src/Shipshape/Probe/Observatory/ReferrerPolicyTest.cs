namespace Shipshape.Probe.Observatory;

/// <summary>
/// The Observatory's referrer-policy test: the last recognised policy among the header and a
/// &lt;meta name="referrer"&gt; decides; policies that leak the path cross-origin cost 5, so does garbage.
/// </summary>
public static class ReferrerPolicyTest
{
    public const string Name = "referrer-policy";

    private static readonly string[] Private = ["no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"];
    private static readonly string[] Unsafe = ["origin", "origin-when-cross-origin", "unsafe-url", "no-referrer-when-downgrade"];

    public static ObservatoryTestResult Run(ObservatoryInput input, ObservedPage page)
    {
        var auto = input.Auto;
        var header = auto?.Final.Headers.Combined("referrer-policy");
        string[] values = [.. header is null ? [] : new[] { header }, .. page.MetaReferrer is null ? [] : new[] { page.MetaReferrer }];
        if (auto is null || values.Length == 0) return new(Name, "referrer-policy-not-implemented", true);

        var data = string.Join(", ", values);
        var policy = data.Split(',').Select(v => v.Trim().ToLowerInvariant())
                         .LastOrDefault(v => Private.Contains(v) || Unsafe.Contains(v)) ?? "";
        var result = Private.Contains(policy) ? "referrer-policy-private"
                   : Unsafe.Contains(policy) ? "referrer-policy-unsafe"
                   : "referrer-policy-header-invalid";
        return new(Name, result, result == "referrer-policy-private", data);
    }
}
