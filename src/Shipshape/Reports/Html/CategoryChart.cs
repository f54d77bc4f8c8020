using System.Text;
using Shipshape.Model;

namespace Shipshape.Reports.Html;

/// <summary>The scorecard as inline SVG bars, one per category with checks; a bar's length is the category score out of 10.</summary>
internal static class CategoryChart
{
    private const int RowHeight = 30;
    private const int LabelWidth = 330;
    private const int BarWidth = 420;

    public static string Svg(IReadOnlyList<CategoryScore> categories)
    {
        var rows = categories.Where(c => c.Checks.Count > 0).ToList();
        var height = rows.Count * RowHeight + 8;
        var svg = new StringBuilder();
        svg.Append($"<svg class=\"chart\" viewBox=\"0 0 {LabelWidth + BarWidth + 60} {height}\" role=\"img\" aria-label=\"score per category\">\n");
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var y = i * RowHeight + 4;
            var width = BarWidth * Math.Clamp(row.Score ?? 0, 0, 10) / 10;
            var failed = row.Checks.Count(c => c.Status == CheckStatus.Fail);
            svg.Append($"  <g class=\"bar\" data-category=\"{HtmlText.Escape(row.Category.Id)}\">\n");
            svg.Append($"    <text x=\"{LabelWidth - 10}\" y=\"{y + 17}\" text-anchor=\"end\">{HtmlText.Escape(row.Category.Name)}</text>\n");
            svg.Append($"    <rect x=\"{LabelWidth}\" y=\"{y + 4}\" width=\"{BarWidth}\" height=\"18\" rx=\"4\" fill=\"var(--track)\"/>\n");
            svg.Append($"    <rect x=\"{LabelWidth}\" y=\"{y + 4}\" width=\"{HtmlText.Number(width)}\" height=\"18\" rx=\"4\" fill=\"{ScoreColour.For(row.Score)}\"/>\n");
            svg.Append($"    <text x=\"{LabelWidth + BarWidth + 8}\" y=\"{y + 17}\" class=\"value\">{MarkdownText.Score(row.Score)}</text>\n");
            svg.Append($"    <title>{HtmlText.Escape(row.Category.Name)}: {MarkdownText.Score(row.Score)} / 10, {failed} of {row.Checks.Count} checks failed</title>\n");
            svg.Append("  </g>\n");
        }
        svg.Append("</svg>\n");
        return svg.ToString();
    }
}
