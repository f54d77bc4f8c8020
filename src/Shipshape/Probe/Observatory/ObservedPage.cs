using AngleSharp.Html.Parser;

namespace Shipshape.Probe.Observatory;

/// <summary>A script element of the graded page: its src as written and its integrity attribute.</summary>
public sealed record ScriptTag(string? Src, string? Integrity);

/// <summary>
/// What the Observatory reads from the graded page's HTML: policies delivered in
/// &lt;meta http-equiv="Content-Security-Policy"&gt;, a &lt;meta name="referrer"&gt;, and the script
/// elements (for Subresource Integrity). Only pages served as HTML are read.
/// </summary>
public sealed record ObservedPage(bool IsHtml, IReadOnlyList<string> MetaCsp, string? MetaReferrer, IReadOnlyList<ScriptTag> Scripts)
{
    private static readonly HashSet<string> HtmlTypes = ["text/html", "application/xhtml+xml"];

    public static readonly ObservedPage None = new(false, [], null, []);

    public static ObservedPage Of(ObservedFetch? fetch)
    {
        if (fetch is null) return None;
        // The media type is compared as sent, before any parameter; the Observatory neither trims nor lower-cases it.
        var mediaType = (fetch.Final.Headers.Combined("content-type") ?? "").Split(';')[0];
        if (!HtmlTypes.Contains(mediaType)) return None;

        var document = new HtmlParser().ParseDocument(fetch.Body);
        var metaCsp = new List<string>();
        string? referrer = null;
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var httpEquiv = meta.GetAttribute("http-equiv");
            var content = meta.GetAttribute("content");
            if (httpEquiv is not null && content is not null)
            {
                if (content.Length > 0 && httpEquiv.Trim().Equals("content-security-policy", StringComparison.OrdinalIgnoreCase))
                    metaCsp.Add(content);
            }
            else if (meta.GetAttribute("name")?.Trim().Equals("referrer", StringComparison.OrdinalIgnoreCase) == true
                     && !string.IsNullOrEmpty(content))
            {
                referrer = content;
            }
        }
        var scripts = document.QuerySelectorAll("script")
            .Select(s => new ScriptTag(s.GetAttribute("src"), s.GetAttribute("integrity")))
            .ToArray();
        return new ObservedPage(true, metaCsp, referrer, scripts);
    }
}
