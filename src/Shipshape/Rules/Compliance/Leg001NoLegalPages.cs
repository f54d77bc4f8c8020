using Shipshape.Discovery;
using Shipshape.Facts;
using Shipshape.Facts.Python;
using Shipshape.Model;
using Shipshape.Rules.Python;

namespace Shipshape.Rules.Compliance;

/// <summary>LEG001: an app with users or tracking cookies but no privacy, terms or cookie page.</summary>
public sealed class Leg001NoLegalPages : IProjectRule
{
    private static readonly string[] LegalWords = ["privacy", "terms", "cookie", "legal", "imprint", "impressum", "gdpr", "tos"];

    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Leg001,
        Name: "no-legal-pages",
        Category: Categories.Compliance,
        Severity: Severity.Low,
        Confidence: Confidence.Medium,
        Kind: RuleKind.Static,
        Summary: "Checks that a web application with user accounts or analytics/advertising scripts has a privacy "
            + "policy, terms or cookie page: a route whose path names privacy, terms, cookies, legal or imprint, or a "
            + "template file so named.",
        Why: "Collecting personal data (accounts, e-mail addresses, analytics cookies) obliges you to say what is "
            + "collected, why, for how long and how to object (GDPR articles 13-14, ePrivacy, CCPA). App stores, "
            + "payment providers and ad networks also require a reachable privacy policy.",
        Fix: "Add `/privacy`, `/terms` and `/cookies` pages (e.g. `templates/legal/privacy.html` served by a `legal` "
            + "blueprint) and link them from the footer and the sign-up form.",
        Examples:
        [
            new RuleExample("Flask", "python",
                Failing: "@auth_bp.route(\"/register\", methods=[\"GET\", \"POST\"])\ndef register(): ...",
                Passing: "@legal_bp.route(\"/privacy\")\ndef privacy():\n    return render_template(\"legal/privacy.html\")"),
        ],
        References:
        [
            RuleReference.Cwe(359, "Exposure of Private Personal Information to an Unauthorized Actor"),
            RuleReference.Asvs("8.3.3", "Users are provided clear language regarding collection and use of supplied personal information"),
            new RuleReference("GDPR Art. 13: Information to be provided", "https://gdpr-info.eu/art-13-gdpr/"),
        ])
    {
        Requirement = "Privacy policy, terms or cookie pages exist",
    };

    public CheckOutcome Check(ProjectContext project)
    {
        if (WebApps.NotAWebApp(project) is { } notApplicable) return notApplicable;
        var reason = UserAccounts.Evidence(project.Facts)
            ?? (project.Facts.Get(FactKeys.TrackingScripts).Count > 0 ? "analytics or advertising scripts" : null);
        if (reason is null) return CheckOutcome.NotApplicable("no user accounts or tracking scripts found");
        if (project.Facts.Get(FactKeys.Routes).FirstOrDefault(r => IsLegal(r.Path)) is { } route)
            return CheckOutcome.Pass($"route {route.Path}");
        if (project.Files.FirstOrDefault(f => f.Kind == FileKind.Template && IsLegal(f.Path.Split('/')[^1])) is { } page)
            return CheckOutcome.Pass($"template {page.Path}");
        project.Report(AppAnchor.Of(project.Facts, project.EntryPoint),
            $"No privacy policy, terms or cookie page (no such route or template), although the app has {reason}");
        return CheckOutcome.Fail();
    }

    private static bool IsLegal(string text) => LegalWords.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));
}
