using System.Collections.Immutable;

namespace Shipshape.Facts.Python;

/// <summary>
/// What Django's and DRF's own view classes bring to a class-based view: the handlers their generic
/// views define (a <c>CreateView</c> accepts POST without a <c>def post</c>), and the mixins and
/// views that require a signed-in user.
/// </summary>
public static class DjangoViewBases
{
    private static readonly ImmutableArray<string> Get = ["GET"];
    private static readonly ImmutableArray<string> Form = ["GET", "POST", "PUT"];

    private static readonly Dictionary<string, ImmutableArray<string>> Handlers = new(StringComparer.Ordinal)
    {
        // django.views.generic (display views answer GET only; RedirectView redirects every method).
        ["TemplateView"] = Get, ["RedirectView"] = Get, ["ListView"] = Get, ["DetailView"] = Get, ["ArchiveIndexView"] = Get,
        ["YearArchiveView"] = Get, ["MonthArchiveView"] = Get, ["WeekArchiveView"] = Get, ["DayArchiveView"] = Get,
        ["TodayArchiveView"] = Get, ["DateDetailView"] = Get,
        ["FormView"] = Form, ["CreateView"] = Form, ["UpdateView"] = Form, ["ProcessFormView"] = Form, ["BaseFormView"] = Form,
        ["BaseCreateView"] = Form, ["BaseUpdateView"] = Form,
        ["DeleteView"] = ["GET", "POST", "DELETE"], ["BaseDeleteView"] = ["GET", "POST", "DELETE"],
        // django.contrib.auth.views
        ["LoginView"] = ["GET", "POST"], ["LogoutView"] = ["GET", "POST"], ["PasswordChangeView"] = ["GET", "POST"],
        ["PasswordResetView"] = ["GET", "POST"], ["PasswordResetConfirmView"] = ["GET", "POST"],
        // rest_framework.generics
        ["CreateAPIView"] = ["POST"], ["ListAPIView"] = Get, ["RetrieveAPIView"] = Get, ["DestroyAPIView"] = ["DELETE"],
        ["UpdateAPIView"] = ["PUT", "PATCH"], ["ListCreateAPIView"] = ["GET", "POST"], ["RetrieveUpdateAPIView"] = ["GET", "PUT", "PATCH"],
        ["RetrieveDestroyAPIView"] = ["GET", "DELETE"], ["RetrieveUpdateDestroyAPIView"] = ["GET", "PUT", "PATCH", "DELETE"],
    };

    // Views Django itself wraps in login_required.
    private static readonly HashSet<string> LoginRequiredViews = new(StringComparer.Ordinal) { "PasswordChangeView", "PasswordChangeDoneView" };

    /// <summary>True for a class of Django or DRF (not of the project).</summary>
    public static bool IsLibrary(string qualifiedName) =>
        qualifiedName.StartsWith("django.", StringComparison.Ordinal) || qualifiedName.StartsWith("rest_framework.", StringComparison.Ordinal);

    /// <summary>Django and DRF modules that define views and view mixins (not models, forms or the admin).</summary>
    public static bool IsViewModule(string qualifiedName) =>
        qualifiedName.StartsWith("django.views.", StringComparison.Ordinal) || qualifiedName.StartsWith("django.contrib.auth.", StringComparison.Ordinal)
        || qualifiedName.StartsWith("rest_framework.", StringComparison.Ordinal);

    public static bool IsRestFramework(string qualifiedName) => qualifiedName.StartsWith("rest_framework.", StringComparison.Ordinal);

    /// <summary>The handlers a Django or DRF class defines; empty for other classes.</summary>
    public static ImmutableArray<string> HandlersOf(string qualifiedName) =>
        IsLibrary(qualifiedName) && Handlers.TryGetValue(qualifiedName.Split('.')[^1], out var methods) ? methods : [];

    /// <summary>
    /// The authentication a base class requires: Django's <c>LoginRequiredMixin</c>, <c>PermissionRequiredMixin</c>,
    /// <c>UserPassesTestMixin</c>, any library's <c>*RequiredMixin</c> (django-braces' <c>StaffuserRequiredMixin</c>),
    /// and Django's own login-required views; null for others.
    /// </summary>
    public static string? AuthOf(string qualifiedName)
    {
        var last = qualifiedName.Split('.')[^1];
        if (last.EndsWith("RequiredMixin", StringComparison.Ordinal) || last == "UserPassesTestMixin") return last;
        return IsLibrary(qualifiedName) && LoginRequiredViews.Contains(last) ? $"{last} (login_required)" : null;
    }
}
