namespace Shipshape.Reports.Html;

/// <summary>The colour a score is drawn in: green from 8, amber from 5, red below, grey when not measured.</summary>
internal static class ScoreColour
{
    public static string For(double? score) => score switch
    {
        null => "var(--muted)",
        >= 8.0 => "var(--good)",
        >= 5.0 => "var(--warn)",
        _ => "var(--bad)",
    };
}
