using System.Globalization;
using System.Text;

namespace Shipshape.Reports.Html;

/// <summary>Escaping for text and attribute values in HTML and inline SVG; every string from a report goes through it.</summary>
internal static class HtmlText
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            } ?? (char.IsControl(c) && c is not '\n' and not '\t' ? "\uFFFD" : c.ToString()));
        }
        return escaped.ToString();
    }

    /// <summary>A number for SVG coordinates: invariant culture, at most two decimals.</summary>
    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
