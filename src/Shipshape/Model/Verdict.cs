namespace Shipshape.Model;

/// <summary>The report's answer: not ready if a critical or high check fails, ready with warnings if a medium or low one does.</summary>
public enum Verdict
{
    NotReady,
    ReadyWithWarnings,
    Ready,
}

public static class VerdictExtensions
{
    public static string Id(this Verdict verdict) => verdict switch
    {
        Verdict.NotReady => "not-ready",
        Verdict.ReadyWithWarnings => "ready-with-warnings",
        _ => "ready",
    };

    public static string Title(this Verdict verdict) => verdict switch
    {
        Verdict.NotReady => "NOT READY",
        Verdict.ReadyWithWarnings => "READY WITH WARNINGS",
        _ => "READY",
    };
}
