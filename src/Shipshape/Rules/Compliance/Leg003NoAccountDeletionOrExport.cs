using Shipshape.Facts;
using Shipshape.Facts.Python;
using Shipshape.Model;
using Shipshape.Rules.Python;

namespace Shipshape.Rules.Compliance;

/// <summary>LEG003: user accounts without a way to delete them or export their data.</summary>
public sealed class Leg003NoAccountDeletionOrExport : IProjectRule
{
    private static readonly string[] SubjectWords = ["account", "user", "profile", "/me", "gdpr", "my-data", "mydata", "data"];
    private static readonly string[] ActionWords = ["delete", "remove", "erase", "close", "deactivate", "export", "download"];

    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Leg003,
        Name: "no-account-deletion-or-export",
        Category: Categories.Compliance,
        Severity: Severity.Low,
        Confidence: Confidence.Low,
        Kind: RuleKind.Static,
        Summary: "Checks that a web application with user accounts has a route to delete an account or export its data: "
            + "a path or handler naming an account, user, profile or personal data together with delete, erase, close, "
            + "export or download, or a DELETE route on such a path.",
        Why: "Data subjects have the right to erasure and to data portability (GDPR articles 17 and 20; CCPA has "
            + "similar rights). Without a self-service path every request becomes manual database work with a one-month "
            + "deadline, and app stores require in-app account deletion.",
        Fix: "Add `POST /account/delete` (re-authenticate, then delete or anonymise the user's rows) and "
            + "`GET /account/export` (a JSON download of the user's data).",
        Examples:
        [
            new RuleExample("Flask", "python",
                Failing: "@main_bp.route(\"/profile\")\n@login_required\ndef profile(): ...",
                Passing: "@main_bp.route(\"/account/delete\", methods=[\"POST\"])\n@login_required\ndef delete_account(): ...\n\n"
                    + "@main_bp.route(\"/account/export\")\n@login_required\ndef export_data(): ..."),
        ],
        References:
        [
            RuleReference.Cwe(359, "Exposure of Private Personal Information to an Unauthorized Actor"),
            RuleReference.Asvs("8.3.2", "Users have a method to remove or export their data on demand"),
            new RuleReference("GDPR Art. 17: Right to erasure", "https://gdpr-info.eu/art-17-gdpr/"),
            new RuleReference("GDPR Art. 20: Right to data portability", "https://gdpr-info.eu/art-20-gdpr/"),
        ])
    {
        Requirement = "Users can delete their account or export their data",
    };

    public CheckOutcome Check(ProjectContext project)
    {
        if (WebApps.NotAWebApp(project) is { } notApplicable) return notApplicable;
        if (UserAccounts.Evidence(project.Facts) is not { } evidence) return CheckOutcome.NotApplicable("no user accounts found");
        var route = project.Facts.Get(FactKeys.Routes).FirstOrDefault(IsDeletionOrExport);
        if (route is not null) return CheckOutcome.Pass($"{string.Join(",", route.Methods)} {route.Path} ({route.Handler})");
        project.Report(AppAnchor.Of(project.Facts, project.EntryPoint),
            $"No account deletion or data export route, although the app has user accounts ({evidence})");
        return CheckOutcome.Fail();
    }

    private static bool IsDeletionOrExport(RouteFact route)
    {
        var text = route.Path + " " + route.Handler;
        var aboutSubject = SubjectWords.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));
        var withAction = ActionWords.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase))
            || route.Methods.Contains("DELETE") && !route.Path.Contains('<') && !route.Path.Contains('{');
        return aboutSubject && withAction;
    }
}
