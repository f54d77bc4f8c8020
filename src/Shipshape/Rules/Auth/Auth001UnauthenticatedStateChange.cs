using Shipshape.Facts;
using Shipshape.Facts.Python;
using Shipshape.Model;
using Shipshape.Rules.Abuse;

namespace Shipshape.Rules.Auth;

/// <summary>AUTH001: state-changing or admin routes without authentication.</summary>
public sealed class Auth001UnauthenticatedStateChange : IProjectRule
{
    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Auth001,
        Name: "unauthenticated-state-change",
        Category: Categories.Auth,
        Severity: Severity.High,
        Confidence: Confidence.Medium,
        Kind: RuleKind.Static,
        Summary: "Checks Flask, FastAPI and Django routes that change state (POST, PUT, PATCH, DELETE) or live under an admin "
            + "path for a sign of authentication: a `*_required` decorator (`login_required`, `permission_required`, "
            + "`staff_member_required`, `jwt_required`, ...), a FastAPI security dependency (`Depends(get_current_user)`), a "
            + "`current_user` or `request.user` check or a secret compared in the body; for Django class-based views also "
            + "`LoginRequiredMixin`/`PermissionRequiredMixin`/`UserPassesTestMixin` among the bases, "
            + "`method_decorator(login_required, ...)`, DRF `permission_classes` (or `DEFAULT_PERMISSION_CLASSES`) and Django's "
            + "`LoginRequiredMiddleware` (views marked `@login_not_required` excepted). "
            + "A Django route's methods are those its view accepts (`@require_POST`, `request.method` branches, the "
            + "handlers a class defines or inherits from `CreateView`/`UpdateView`/`DeleteView`/`FormView`); routes whose "
            + "view is not in the project are not judged. Login, registration, password-reset and token routes are public "
            + "by design and skipped. Authentication done in `before_request` hooks, middleware or a gateway cannot be "
            + "seen: confidence is medium.",
        Why: "Anyone who can reach the app can call an unauthenticated state-changing route: create, edit or delete "
            + "records, change settings, lock others out. Hidden URLs are not protection.",
        Fix: "Require a signed-in user, and check the role for admin actions: `@login_required` (Flask-Login, Django), "
            + "`user: User = Depends(get_current_user)` (FastAPI), `LoginRequiredMixin` or `PermissionRequiredMixin` first "
            + "among a Django class-based view's bases.",
        Examples:
        [
            new RuleExample("Flask", "python",
                Failing: "@app.route('/records/<int:record_id>/delete', methods=['POST'])\ndef delete_record(record_id):\n    ...",
                Passing: "@app.route('/records/<int:record_id>/delete', methods=['POST'])\n@login_required\ndef delete_record(record_id):\n    ..."),
            new RuleExample("FastAPI", "python",
                Failing: "@router.delete('/poses/{pose_id}')\ndef delete_pose(pose_id: int, db: Session = Depends(get_db)):\n    ...",
                Passing: "@router.delete('/poses/{pose_id}')\ndef delete_pose(pose_id: int, user: User = Depends(get_current_admin)):\n    ..."),
            new RuleExample("Django", "python",
                Failing: "class TicketUpdate(UpdateView):\n    model = Ticket\n    fields = ['status']",
                Passing: "class TicketUpdate(LoginRequiredMixin, UpdateView):\n    model = Ticket\n    fields = ['status']"),
        ],
        References:
        [
            RuleReference.Cwe(306, "Missing Authentication for Critical Function"),
            RuleReference.Cwe(862, "Missing Authorization"),
            RuleReference.Asvs("4.1.1", "The application enforces access control rules on a trusted service layer"),
        ])
    {
        Requirement = "State-changing and admin routes require authentication",
    };

    public CheckOutcome Check(ProjectContext project)
    {
        var routes = project.Facts.Get(FactKeys.Routes)
            // A Django route whose view is not in the project (a third-party app's) has no methods: not judged.
            .Where(r => !(r.Framework == Framework.Django && r.Methods.IsEmpty) && !PythonModuleName.IsTest(r.HandlerLocation.Path))
            .Where(r => r.IsStateChanging || IsAdmin(r))
            .Where(r => !AuthenticationRoutes.IsAuthentication(r) && !r.Path.Contains("logout", StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (routes.Count == 0) return CheckOutcome.NotApplicable("no state-changing or admin Flask, FastAPI or Django route found");
        var open = routes.Where(r => r.Auth is null).ToList();
        var mounts = project.Facts.Get(FactKeys.RouterMounts);
        var config = ProductionConfig.From(project.Facts);
        foreach (var route in open)
            project.Report(route.HandlerLocation, $"{string.Join(",", route.Methods)} {RouteTable.FullPath(route, mounts, config)} ({route.Handler}) "
                + (route.IsStateChanging ? "changes state" + (IsAdmin(route) ? " under an admin path" : "") : "serves an admin page")
                + " with no authentication decorator, mixin, dependency or check");
        return open.Count > 0 ? CheckOutcome.Fail() : CheckOutcome.Pass($"{routes.Count} state-changing route(s), all authenticated");
    }

    private static bool IsAdmin(RouteFact route) =>
        route.Path.Contains("admin", StringComparison.OrdinalIgnoreCase) || route.Handler.Contains("admin", StringComparison.OrdinalIgnoreCase);
}
