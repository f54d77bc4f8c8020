using Shipshape.Facts;
using Shipshape.Facts.Python;
using Shipshape.Tests.Support;

namespace Shipshape.Tests.Facts;

/// <summary>
/// Django routes joined with their views across files (the AUTH001 fixture projects): the methods a
/// view accepts, the authentication it requires, where it is defined, and the full path through
/// <c>include()</c>.
/// </summary>
public sealed class DjangoRouteFactsTests
{
    private static ProjectFacts FactsOf(string tree) => Scans.Facts(TestPaths.Fixture("rules", "AUTH001", tree));

    private static readonly ProjectFacts Pass = FactsOf("pass");
    private static readonly ProjectFacts Fail = FactsOf("fail");

    private static RouteFact Route(ProjectFacts facts, string handler) =>
        facts.Get(FactKeys.Routes).Single(r => r.Framework == Framework.Django && r.Handler == handler);

    [Theory]
    [InlineData("views.close_ticket", "POST", "tickets/views.py", 12)]                            // @require_POST
    [InlineData("views.reply", "GET,POST", "tickets/views.py", 17)]                               // request.method == 'POST'
    [InlineData("views.admin_dashboard", "GET", "tickets/views.py", 43)]                          // nothing says more
    [InlineData("csrf_exempt(views.webhook)", "GET,POST", "tickets/views.py", 47)]                // reads request.body
    [InlineData("views.TicketCreate.as_view()", "GET,POST,PUT", "tickets/views.py", 24)]          // CreateView's handlers
    [InlineData("views.AssignTicket.as_view()", "GET,POST", "tickets/views.py", 29)]              // def get, def post
    [InlineData("views.TicketDelete.as_view()", "GET,POST,DELETE", "tickets/views.py", 38)]       // DeleteView behind a project mixin
    [InlineData("views.TicketList.as_view()", "GET", "tickets/views.py", 52)]                     // ListView
    [InlineData("TicketApi.as_view()", "GET,DELETE", "tickets/api.py", 9)]                        // APIView handlers
    [InlineData("TicketViewSet.as_view({'post': 'create'})", "POST", "tickets/api.py", 20)]       // ViewSet actions
    public void Routes_take_the_methods_and_location_of_their_view(string handler, string methods, string path, int line)
    {
        var route = Route(Fail, handler);

        Assert.Equal(methods, string.Join(",", route.Methods));
        Assert.Equal((path, line), (route.HandlerLocation.Path, route.HandlerLocation.StartLine));
        Assert.Null(route.Auth);
    }

    [Theory]
    [InlineData("login_required(views.export_tickets)", "@django.contrib.auth.decorators.login_required")]
    [InlineData("views.comment", "request.user check")]
    [InlineData("views.TicketCreate.as_view()", "LoginRequiredMixin")]
    [InlineData("views.TicketUpdate.as_view()", "method_decorator(@django.contrib.auth.decorators.login_required)")]
    [InlineData("views.AssignTicket.as_view()", "method_decorator(@django.contrib.admin.views.decorators.staff_member_required)")]
    [InlineData("views.TicketDelete.as_view()", "UserPassesTestMixin")]                           // through tickets/mixins.py
    [InlineData("TicketApi.as_view()", "permission_classes [IsAuthenticated]")]
    [InlineData("TicketSummary.as_view()", "permission_classes [IsAuthenticated]")]              // REST_FRAMEWORK default
    [InlineData("admin.site.urls", "Django admin (staff login)")]
    public void Routes_take_the_authentication_of_their_view_and_its_bases(string handler, string auth)
    {
        Assert.Equal(auth, Route(Pass, handler).Auth);
    }

    [Fact]
    public void An_allow_any_permission_overrides_nothing_into_authentication()
    {
        Assert.Null(Route(Fail, "TicketApi.as_view()").Auth);
    }

    [Fact]
    public void Http_method_names_limit_the_handlers_a_generic_view_brings()
    {
        Assert.Equal(["GET"], Route(Pass, "views.TicketView.as_view()").Methods.ToArray());
    }

    [Fact]
    public void Full_paths_follow_include_and_re_path_anchors_are_dropped()
    {
        var mounts = Pass.Get(FactKeys.RouterMounts);

        Assert.Equal("/tickets/close/<int:pk>/", RouteTable.FullPath(Route(Pass, "views.close_ticket"), mounts));
        Assert.Equal("/tickets/list/", RouteTable.FullPath(Route(Pass, "views.TicketList.as_view()"), mounts));
        Assert.Equal("/export/", RouteTable.FullPath(Route(Pass, "login_required(views.export_tickets)"), mounts));
    }

    [Fact]
    public void Only_view_like_classes_are_recorded()
    {
        var names = Pass.Get(FactKeys.DjangoViews).Select(v => v.Name).ToList();

        Assert.Contains("tickets.mixins.StaffOnlyMixin", names);
        Assert.Contains("tickets.views.close_ticket", names);
        Assert.DoesNotContain(names, n => n.StartsWith("tickets.models", StringComparison.Ordinal));
    }

    [Fact]
    public void Login_required_middleware_covers_every_view_but_those_marked_login_not_required()
    {
        using var tree = new TempTree()
            .File("site/settings.py", "SECRET_KEY = 'x' * 50\nINSTALLED_APPS = ['django.contrib.auth']\nROOT_URLCONF = 'site.urls'\n"
                + "MIDDLEWARE = ['django.contrib.sessions.middleware.SessionMiddleware', 'django.contrib.auth.middleware.LoginRequiredMiddleware']\n")
            .File("site/urls.py", "from django.urls import path\n\nfrom site import views\n\n"
                + "urlpatterns = [path('notes/', views.add_note), path('contact/', views.contact)]\n")
            .File("site/views.py", "from django.contrib.auth.decorators import login_not_required\nfrom django.views.decorators.http import require_POST\n\n\n"
                + "@require_POST\ndef add_note(request):\n    return None\n\n\n"
                + "@login_not_required\n@require_POST\ndef contact(request):\n    return None\n");

        var facts = Scans.Facts(tree.Root);

        Assert.Equal("LoginRequiredMiddleware", Route(facts, "views.add_note").Auth);
        Assert.Null(Route(facts, "views.contact").Auth);
        var finding = Assert.Single(Scans.Run(tree.Root, only: new HashSet<string> { "AUTH001" }).Findings);
        Assert.Equal(("site/views.py", 12), (finding.Location!.Path, finding.Location.StartLine));
    }
}
