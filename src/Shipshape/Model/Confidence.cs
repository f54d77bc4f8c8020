namespace Shipshape.Model;

/// <summary>How sure a rule is that its finding is a true positive.</summary>
public enum Confidence
{
    Low,
    Medium,
    High,
}

public static class ConfidenceExtensions
{
    public static string Id(this Confidence confidence) => confidence switch
    {
        Confidence.High => "high",
        Confidence.Medium => "medium",
        _ => "low",
    };
}
