using Shipshape.Facts;
using Shipshape.Facts.Python;
using Shipshape.Tests.Support;

namespace Shipshape.Tests.Facts;

/// <summary>The Python web facts gathered from a real fixture project (Flask factory and blueprint, FastAPI router, Django split settings).</summary>
public sealed class PythonWebFactsTests
{
    private static readonly string Root = TestPaths.Fixture("projects", "web-facts");
    private static readonly ProjectFacts Facts = Scans.Facts(Root);

    [Fact]
    public void Flask_app_made_in_a_factory_through_an_aliased_module_is_found()
    {
        var app = Assert.Single(Facts.Get(FactKeys.PythonApps), a => a.Framework == Framework.Flask);
        Assert.Equal("create_app", app.Factory);
        Assert.Equal(("flaskapp/app.py", 10), (app.Location.Path, app.Location.StartLine));
    }

    [Fact]
    public void Blueprint_routes_carry_prefix_methods_auth_and_limits()
    {
        var routes = Facts.Get(FactKeys.Routes).Where(r => r.Framework == Framework.Flask).ToDictionary(r => r.Handler);

        var login = routes["login"];
        Assert.Equal("/account/login", login.Path);
        Assert.Equal(new[] { "GET", "POST" }, login.Methods.ToArray());
        Assert.Null(login.Auth);
        var limit = Assert.Single(login.RateLimits);
        Assert.Equal((10, "minute"), (limit.Count, limit.Period));
        Assert.Equal(("flaskapp/auth.py", 11), (login.HandlerLocation.Path, login.HandlerLocation.StartLine));

        var settings = routes["settings"];
        Assert.Equal(new[] { "POST" }, settings.Methods.ToArray());
        Assert.Equal("@flask_login.login_required", settings.Auth);
        Assert.True(settings.IsStateChanging);
    }

    [Fact]
    public void FastApi_routes_see_security_dependencies_but_not_plain_ones()
    {
        var routes = Facts.Get(FactKeys.Routes).Where(r => r.Framework == Framework.FastApi).ToDictionary(r => r.Handler);
        Assert.Equal("/poses/{pose_id}", routes["delete_pose"].Path);
        Assert.Equal("Depends(fastapiapp.deps.get_current_user)", routes["delete_pose"].Auth);
        Assert.Null(routes["list_poses"].Auth);
    }

    [Fact]
    public void Full_paths_add_the_prefix_given_where_a_router_is_mounted()
    {
        var route = Facts.Get(FactKeys.Routes).Single(r => r.Handler == "delete_pose");
        Assert.Equal("/api/v1/poses/{pose_id}", RouteTable.FullPath(route, Facts.Get(FactKeys.RouterMounts)));
        var login = Facts.Get(FactKeys.Routes).Single(r => r.Handler == "login");
        Assert.Equal("/account/login", RouteTable.FullPath(login, Facts.Get(FactKeys.RouterMounts)));
    }

    [Fact]
    public void Default_limits_are_parsed_one_by_one()
    {
        var defaults = Facts.Get(FactKeys.RateLimits).Where(l => l.Scope == "default").Select(l => (l.Count, l.Period)).ToList();
        Assert.Equal([(200, "hour"), (20, "minute")], defaults);
    }

    [Fact]
    public void Production_config_follows_inheritance_and_ignores_development_classes()
    {
        var config = ProductionConfig.From(Facts);
        Assert.True(config.Get("SESSION_COOKIE_SECURE")!.Value.IsBool(true));
        var secret = Assert.IsType<PythonValue.Environment>(config.All("SECRET_KEY").Single(v => v.ScopeKind == ConfigScopeKind.ConfigClass).Value);
        Assert.Equal(("SECRET_KEY", "dev-only"), (secret.Variable, secret.Default!.AsString));
        // ProductionConfig's DEBUG reads FLASK_DEBUG with a default that compares false.
        var debug = Assert.IsType<PythonValue.Environment>(config.All("DEBUG").Single(v => v.ScopeKind == ConfigScopeKind.ConfigClass).Value);
        Assert.True(debug.Default!.IsBool(false));
    }

    [Fact]
    public void Django_production_module_overrides_its_star_imported_base()
    {
        var config = ProductionConfig.From(Facts);
        Assert.Equal(["djangoapp.site.settings.production"], config.DjangoModules);
        var secure = config.All("SESSION_COOKIE_SECURE").Single(v => v.ScopeKind == ConfigScopeKind.DjangoSettings);
        Assert.Equal("djangoapp.site.settings.production", secure.Scope);
        Assert.True(config.All("DEBUG").Single(v => v.ScopeKind == ConfigScopeKind.DjangoSettings).Value.IsBool(false));
    }

    [Fact]
    public void Error_handlers_are_recorded_with_their_code()
    {
        Assert.Contains(Facts.Get(FactKeys.ErrorHandlers), h => h.Code == 500 && h.Location.Path == "flaskapp/app.py");
    }
}
