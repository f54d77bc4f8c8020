namespace Shipshape.Reports.Html;

/// <summary>The overall score as an inline SVG ring: the arc's length is the score out of 10.</summary>
internal static class ScoreGauge
{
    private const double Radius = 52;

    public static string Svg(double? score)
    {
        var circumference = 2 * Math.PI * Radius;
        var filled = circumference * Math.Clamp(score ?? 0, 0, 10) / 10;
        var label = MarkdownText.Score(score);
        return $"""
            <svg class="gauge" viewBox="0 0 128 128" width="128" height="128" role="img" aria-label="score {label} out of 10">
              <circle cx="64" cy="64" r="{HtmlText.Number(Radius)}" fill="none" stroke="var(--track)" stroke-width="12"/>
              <circle cx="64" cy="64" r="{HtmlText.Number(Radius)}" fill="none" stroke="{ScoreColour.For(score)}" stroke-width="12" stroke-linecap="round"
                stroke-dasharray="{HtmlText.Number(filled)} {HtmlText.Number(circumference)}" transform="rotate(-90 64 64)"/>
              <text x="64" y="70" text-anchor="middle" class="gauge-score" id="score">{label}</text>
              <text x="64" y="90" text-anchor="middle" class="gauge-scale">/ 10</text>
            </svg>
            """;
    }
}
