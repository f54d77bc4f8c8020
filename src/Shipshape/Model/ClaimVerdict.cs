namespace Shipshape.Model;

/// <summary>What a check made of a claim in a readiness report.</summary>
public enum ClaimVerdict
{
    Verified,
    Contradicted,
    Unverifiable,
}

public static class ClaimVerdictExtensions
{
    public static string Id(this ClaimVerdict verdict) => verdict switch
    {
        ClaimVerdict.Verified => "verified",
        ClaimVerdict.Contradicted => "contradicted",
        _ => "unverifiable",
    };
}
