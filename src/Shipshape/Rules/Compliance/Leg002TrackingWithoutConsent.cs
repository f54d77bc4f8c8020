using Shipshape.Facts;
using Shipshape.Model;

namespace Shipshape.Rules.Compliance;

/// <summary>LEG002: analytics or advertising scripts loaded without a consent mechanism.</summary>
public sealed class Leg002TrackingWithoutConsent : IProjectRule
{
    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Leg002,
        Name: "tracking-without-consent",
        Category: Categories.Compliance,
        Severity: Severity.Medium,
        Confidence: Confidence.Medium,
        Kind: RuleKind.Static,
        Summary: "Checks HTML and Jinja/Django templates for analytics and advertising scripts (Google Analytics/Tag "
            + "Manager, AdSense, Meta Pixel, Hotjar, Segment, Clarity, ...) when no template carries a consent "
            + "mechanism: a consent-management platform (Cookiebot, OneTrust, Osano, iubenda, cookieconsent, Klaro), "
            + "Google consent mode (`gtag('consent', ...)`) or a cookie-consent banner element.",
        Why: "In the EU and UK, non-essential cookies and trackers may only be set after the visitor agreed "
            + "(ePrivacy directive, GDPR). Loading them unconditionally exposes the operator to fines and, for "
            + "AdSense, to Google's own requirement of a certified consent platform.",
        Fix: "Load trackers only after consent: add a consent-management platform or Google consent mode with "
            + "`gtag('consent', 'default', {ad_storage: 'denied', analytics_storage: 'denied'})` before the tags, "
            + "and a banner that updates it.",
        Examples:
        [
            new RuleExample("Jinja", "html",
                Failing: "<script async src=\"https://www.googletagmanager.com/gtag/js?id={{ ga_id }}\"></script>",
                Passing: "<script>gtag('consent', 'default', {analytics_storage: 'denied', ad_storage: 'denied'});</script>\n"
                    + "<script async src=\"https://www.googletagmanager.com/gtag/js?id={{ ga_id }}\"></script>\n"
                    + "<div id=\"cookie-consent\">...</div>"),
        ],
        References:
        [
            RuleReference.Cwe(359, "Exposure of Private Personal Information to an Unauthorized Actor"),
            RuleReference.Asvs("8.3.2", "Users have a method to remove or export their data on demand"),
            new RuleReference("Google: consent mode", "https://developers.google.com/tag-platform/security/guides/consent"),
            new RuleReference("ICO: cookies and similar technologies", "https://ico.org.uk/for-organisations/direct-marketing-and-privacy-and-electronic-communications/guide-to-pecr/cookies-and-similar-technologies/"),
        ])
    {
        Requirement = "Analytics and advertising scripts wait for cookie consent",
    };

    public CheckOutcome Check(ProjectContext project)
    {
        var trackers = project.Facts.Get(FactKeys.TrackingScripts);
        if (trackers.Count == 0) return CheckOutcome.NotApplicable("no analytics or advertising scripts in templates");
        var consent = project.Facts.Get(FactKeys.ConsentMechanisms);
        if (consent.Count > 0) return CheckOutcome.Pass($"{consent[0].How} at {consent[0].Location.Path}:{consent[0].Location.StartLine}");
        foreach (var tracker in trackers)
            project.Report(tracker.Location, $"{string.Join(" and ", tracker.Services)} loaded without a cookie-consent mechanism");
        return CheckOutcome.Fail();
    }
}
