using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Shipshape.Discovery;
using Shipshape.Model;
using Shipshape.Rules;

namespace Shipshape.Facts.General;

/// <summary>
/// Reads HTML and Jinja/Django templates with AngleSharp and publishes <see cref="TrackingScriptFact"/>s
/// (scripts from analytics and advertising hosts, or inline tags that call them) and
/// <see cref="ConsentMechanismFact"/>s (consent-management platforms, Google consent mode, elements
/// whose id or class names a cookie consent banner).
/// </summary>
public sealed class TemplateTrackingCollector : IFactCollector
{
    private static readonly (string Host, string Service)[] TrackerHosts =
    [
        ("googletagmanager.com", "Google Analytics"), ("google-analytics.com", "Google Analytics"),
        ("googlesyndication.com", "Google AdSense"), ("doubleclick.net", "Google Ads"), ("googleadservices.com", "Google Ads"),
        ("connect.facebook.net", "Meta Pixel"), ("static.hotjar.com", "Hotjar"), ("cdn.segment.com", "Segment"),
        ("clarity.ms", "Microsoft Clarity"), ("snap.licdn.com", "LinkedIn Insight"), ("analytics.tiktok.com", "TikTok Pixel"),
        ("cdn.mxpnl.com", "Mixpanel"), ("js.hs-scripts.com", "HubSpot"), ("amazon-adsystem.com", "Amazon Ads"),
    ];

    private static readonly (string Marker, string Service)[] InlineTrackers =
    [
        ("gtag(", "Google Analytics"), ("ga('create'", "Google Analytics"), ("fbq(", "Meta Pixel"), ("adsbygoogle", "Google AdSense"),
        ("_hjSettings", "Hotjar"), ("analytics.load(", "Segment"),
    ];

    private static readonly (string Host, string How)[] ConsentHosts =
    [
        ("cookiebot.com", "Cookiebot"), ("cookielaw.org", "OneTrust"), ("onetrust.com", "OneTrust"), ("osano.com", "Osano"),
        ("iubenda.com", "iubenda"), ("termly.io", "Termly"), ("cookieconsent", "cookieconsent"), ("klaro", "Klaro"),
        ("usercentrics", "Usercentrics"), ("quantcast.mgr.consensu.org", "Quantcast Choice"), ("didomi", "Didomi"),
    ];

    public IReadOnlySet<FileKind> FileKinds { get; } = new HashSet<FileKind> { FileKind.Template };

    public void Collect(FileContext file)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        var document = parser.ParseDocument(file.Text);
        var services = new List<string>();
        Location? first = null;
        foreach (var script in document.QuerySelectorAll("script"))
        {
            var source = script.GetAttribute("src") ?? "";
            var found = TrackerHosts.Where(t => source.Contains(t.Host, StringComparison.OrdinalIgnoreCase)).Select(t => t.Service)
                .Concat(InlineTrackers.Where(t => script.TextContent.Contains(t.Marker, StringComparison.Ordinal)).Select(t => t.Service))
                .ToList();
            if (ConsentHosts.FirstOrDefault(c => source.Contains(c.Host, StringComparison.OrdinalIgnoreCase)) is { How: { } how })
                file.Facts.Add(FactKeys.ConsentMechanisms, new ConsentMechanismFact(LocationOf(file, script), how));
            if (script.TextContent.Contains("gtag('consent'", StringComparison.Ordinal) || script.TextContent.Contains("gtag(\"consent\"", StringComparison.Ordinal))
                file.Facts.Add(FactKeys.ConsentMechanisms, new ConsentMechanismFact(LocationOf(file, script), "Google consent mode"));
            if (found.Count == 0) continue;
            first ??= LocationOf(file, script);
            services.AddRange(found.Where(s => !services.Contains(s)));
        }

        foreach (var element in document.QuerySelectorAll("[id], [class]"))
        {
            var names = (element.Id ?? "") + " " + (element.ClassName ?? "");
            if (names.Contains("consent", StringComparison.OrdinalIgnoreCase) || names.Contains("cookie-banner", StringComparison.OrdinalIgnoreCase))
                file.Facts.Add(FactKeys.ConsentMechanisms, new ConsentMechanismFact(LocationOf(file, element), $"element #{element.Id} .{element.ClassName}".Trim()));
        }

        if (first is not null) file.Facts.Add(FactKeys.TrackingScripts, new TrackingScriptFact(first, services));
    }

    private static Location LocationOf(FileContext file, IElement element) =>
        element.SourceReference is { } reference ? file.LocationOfLine(reference.Position.Line) : Location.File(file.Path);
}
