using System.Collections.Immutable;
using Shipshape.Discovery;
using Shipshape.Model;
using Shipshape.Python.Ast;
using Shipshape.Python.Semantics;
using Shipshape.Rules;
using Shipshape.Rules.Python;
using Attribute = Shipshape.Python.Ast.Attribute;
using Tuple = Shipshape.Python.Ast.Tuple;

namespace Shipshape.Facts.Python;

/// <summary>
/// Publishes the app objects, the route inventory (Flask, FastAPI, Django <c>urlpatterns</c>), the
/// custom error handlers, development-server calls and debug switches of a Python file.
/// </summary>
public sealed class PythonRouteCollector : IFactCollector
{
    private static readonly HashSet<string> MethodShortcuts = new(StringComparer.Ordinal) { "get", "post", "put", "patch", "delete" };
    private static readonly HashSet<string> DjangoRouteFunctions = new(StringComparer.Ordinal)
        { "django.urls.path", "django.urls.re_path", "django.conf.urls.url" };

    public IReadOnlySet<FileKind> FileKinds { get; } = new HashSet<FileKind> { FileKind.Python };

    public void Collect(FileContext file)
    {
        var index = file.Parsed<PythonIndex>();
        var semantics = index.Semantics;
        var objects = WebObjects.Find(index);
        var values = new PythonValueReader(file);
        var djangoViews = DjangoViews.ImportsDjango(semantics);

        var calls = 0;
        foreach (var scoped in index.Nodes)
        {
            switch (scoped.Node)
            {
                case Assign { Targets: [Name target], Value: Call call } when objects.TryGetValue(target.Id, out var web) && web.Constructor == call:
                    if (web.Kind == WebObjectKind.App)
                        file.Facts.Add(FactKeys.PythonApps, new AppObjectFact(web.Framework, web.Variable, scoped.Function?.Name, file.LocationOf(call.Range)));
                    if (call.Keyword("debug") is not null && web.Kind == WebObjectKind.App)
                        AddDebugSwitch(file, values, call, web.Framework.Id() + " constructor");
                    break;
                case Assign { Targets: [Name { Id: var handlerName and ("handler404" or "handler500" or "handler403" or "handler400") }] } assign when scoped.Function is null:
                    file.Facts.Add(FactKeys.ErrorHandlers, new ErrorHandlerFact(int.Parse(handlerName[^3..]), null, file.LocationOf(assign.Range)));
                    break;
                case Call:
                    // Calls come in the same source order as nodes, so the i-th call node is the i-th call site.
                    CallFacts(file, values, index, objects, index.Calls[calls++], scoped);
                    break;
                case ClassDef type when djangoViews && scoped is { Function: null, Class: null }:
                    DjangoViews.Class(file, index, type);
                    break;
            }

            if (index.FunctionDefinedBy(scoped.Node) is { } function)
            {
                FunctionFacts(file, semantics, objects, function);
                if (djangoViews && scoped is { Function: null, Class: null }) DjangoViews.Function(file, semantics, function);
            }
        }
    }

    private static void CallFacts(FileContext file, PythonValueReader values, PythonIndex index,
        Dictionary<string, WebObject> objects, CallSite site, ScopedNode scoped)
    {
        var semantics = index.Semantics;
        var call = site.Call;
        var callee = site.Callee;
        if (callee is not null && DjangoRouteFunctions.Contains(callee)) DjangoRoute(file, semantics, call);
        if (call.Func is not Attribute { Value: Name receiver, Attr: var method }) return;
        var isWebObject = objects.TryGetValue(receiver.Id, out var web) || LooksLikeWebObject(receiver.Id);
        if (!isWebObject) return;
        switch (method)
        {
            case "run" when web is null or { Kind: WebObjectKind.App, Framework: Framework.Flask }:
                file.Facts.Add(FactKeys.DevServers, new DevServerFact(receiver.Id + ".run()", scoped.UnderMainGuard, file.LocationOf(call.Range)));
                if (call.Keyword("debug") is not null) AddDebugSwitch(file, values, call, receiver.Id + ".run");
                break;
            case "register_error_handler" or "add_exception_handler" when call.Args.Length > 0:
                AddErrorHandler(file, semantics, call.Args[0], call);
                break;
            case "register_blueprint" or "include_router" when call.Args.Length > 0 && semantics.QualifiedName(call.Args[0]) is { } child:
                var prefixArgument = call.Keyword(method == "register_blueprint" ? "url_prefix" : "prefix");
                var prefix = prefixArgument is null ? "" : semantics.StaticString(prefixArgument) ?? file.Python.Parsed.Text(prefixArgument.Range);
                var module = PythonModuleName.Of(file.Path);
                // A child named without a dot lives in this module unless an import bound it.
                var qualified = child.Contains('.') || semantics.Imports.ContainsKey(child) ? child : module + "." + child;
                file.Facts.Add(FactKeys.RouterMounts, new RouterMountFact(module + "." + receiver.Id, qualified, prefix, file.LocationOf(call.Range)));
                break;
            case "add_url_rule" when call.Argument(0, "rule") is { } rule && semantics.StaticString(rule) is { } path:
                var view = call.Argument(2, "view_func");
                var handler = view is Name viewName ? viewName.Id : view is null ? "?" : file.Python.Parsed.Text(view.Range);
                var definition = file.Python.Parsed.Module.Body.Select(index.FunctionDefinedBy).FirstOrDefault(f => f?.Name == handler);
                file.Facts.Add(FactKeys.Routes, new RouteFact(Framework.Flask, Prefix(web) + path, Methods(call, semantics, ["GET"]), handler,
                    definition is null ? file.LocationOf(call.Range) : file.LocationOf(definition.Header), receiver.Id,
                    definition is null ? null : AuthOf(definition, semantics, null), [], null, false));
                break;
        }
    }

    private static void FunctionFacts(FileContext file, SemanticModel semantics, Dictionary<string, WebObject> objects, PythonFunction function)
    {
        foreach (var decorator in function.Decorators)
        {
            if (decorator is not Call { Func: Attribute { Value: Name receiver, Attr: var method } } call) continue;
            var known = objects.TryGetValue(receiver.Id, out var web);
            if (!known && !LooksLikeWebObject(receiver.Id)) continue;
            switch (method)
            {
                case "errorhandler" or "app_errorhandler" or "exception_handler" when call.Args.Length > 0:
                    AddErrorHandler(file, semantics, call.Args[0], call);
                    break;
                case "route" or "api_route" or "websocket" when call.Argument(0, "path") is { } pathArgument:
                    AddRoute(file, semantics, function, call, web, receiver.Id, pathArgument, Methods(call, semantics, ["GET"]));
                    break;
                case var shortcut when MethodShortcuts.Contains(shortcut) && call.Argument(0, "path") is { } pathArgument:
                    AddRoute(file, semantics, function, call, web, receiver.Id, pathArgument, [shortcut.ToUpperInvariant()]);
                    break;
            }
        }
    }

    private static void AddRoute(FileContext file, SemanticModel semantics, PythonFunction function, Call decorator, WebObject? web,
        string router, Expr pathArgument, ImmutableArray<string> methods)
    {
        var path = semantics.StaticString(pathArgument) ?? file.Python.Parsed.Text(pathArgument.Range);
        var framework = web?.Framework ?? (decorator.Func is Attribute { Attr: "route" } ? Framework.Flask : Framework.FastApi);
        var limits = ImmutableArray.CreateBuilder<RateLimitFact>();
        Location? csrfExempt = null;
        var limitExempt = false;
        foreach (var other in function.Decorators)
        {
            var target = other is Call c ? c.Func : other;
            var qualified = semantics.QualifiedName(target) ?? "";
            var segments = qualified.Split('.');
            var owner = segments.Length > 1 ? segments[^2].ToLowerInvariant() : "";
            switch (segments[^1])
            {
                case "limit" or "shared_limit" when owner.Contains("limit") && other is Call limitCall && limitCall.Args.Length > 0:
                    var text = semantics.StaticString(limitCall.Args[0]) ?? file.Python.Parsed.Text(limitCall.Args[0].Range);
                    limits.Add(RateLimitFact.Parse(text, "route", file.LocationOf(other.Range)));
                    break;
                case "exempt" when owner.Contains("limit"):
                    limitExempt = true;
                    break;
                case "exempt" when owner.Contains("csrf"):
                case "csrf_exempt":
                    csrfExempt = file.LocationOf(other.Range);
                    break;
            }
        }

        var routerDependencies = web?.Constructor.Keyword("dependencies");
        file.Facts.Add(FactKeys.Routes, new RouteFact(framework, (web?.Prefix ?? "") + path, methods, function.Name,
            file.LocationOf(function.Header), router, AuthOf(function, semantics, decorator) ?? RouterAuth(routerDependencies, semantics),
            limits.ToImmutable(), csrfExempt, limitExempt));
    }

    private static string? AuthOf(PythonFunction function, SemanticModel semantics, Call? decorator)
    {
        foreach (var other in function.Decorators)
            if (AuthMarkers.Decorator(other, semantics) is { } found) return found;
        var defaults = function.Args.Defaults.Concat(function.Args.KwDefaults.OfType<Expr>());
        var declared = decorator?.Keyword("dependencies") is List { Elts: var dependencies } ? dependencies : [];
        return AuthMarkers.Dependency(defaults.Concat(declared), semantics) ?? AuthMarkers.BodyCheck(function.Body, semantics);
    }

    private static string? RouterAuth(Expr? dependencies, SemanticModel semantics) =>
        dependencies is List { Elts: var items } ? AuthMarkers.Dependency(items, semantics) : null;

    private static void DjangoRoute(FileContext file, SemanticModel semantics, Call call)
    {
        if (call.Argument(0, "route") is not { } routeArgument || call.Argument(1, "view") is not { } view) return;
        // re_path(r'^hook/$', ...) reads as /hook/: the anchors are not part of the URL.
        var path = "/" + (semantics.StaticString(routeArgument) ?? file.Python.Parsed.Text(routeArgument.Range)).TrimStart('^').TrimEnd('$');
        var urlpatterns = PythonModuleName.Of(file.Path) + ".urlpatterns";
        if (view is Call inner && semantics.CalleeName(inner) is "django.urls.include" or "django.conf.urls.include")
        {
            // include('tickets.urls'), include(('tickets.urls', 'tickets')), include(tickets_urls): a mount of that module's urlpatterns.
            var included = inner.Args.FirstOrDefault() is Tuple { Elts: [var first, ..] } ? first : inner.Args.FirstOrDefault();
            var module = included is null ? null : semantics.StaticString(included) ?? DjangoViews.QualifiedName(file, semantics, included);
            if (module is not null)
                file.Facts.Add(FactKeys.RouterMounts, new RouterMountFact(urlpatterns, module + ".urlpatterns", path, file.LocationOf(call.Range)));
            return;
        }

        string? auth = null;
        Location? csrfExempt = null;
        var target = view;
        // login_required(views.edit), permission_required('x')(views.edit), csrf_exempt(...): the view inside, and what the wrapper says.
        while (target is Call wrapper && wrapper.Func is not Attribute { Attr: "as_view" } && wrapper.Args.Length > 0)
        {
            auth ??= AuthMarkers.Decorator(wrapper.Func, semantics);
            if (semantics.QualifiedName(wrapper.Func)?.EndsWith("csrf_exempt", StringComparison.Ordinal) == true) csrfExempt = file.LocationOf(wrapper.Range);
            target = wrapper.Args[0];
        }

        ImmutableArray<string> methods = [];
        if (target is Call { Func: Attribute { Attr: "as_view", Value: var viewClass } } asView)
        {
            target = viewClass;
            // ViewSet.as_view({'get': 'list', 'post': 'create'}) and as_view(http_method_names=[...]) name the methods themselves.
            if (asView.Positional(0) is Dict actions)
                methods = [.. actions.Keys.OfType<Expr>().Select(semantics.StaticString).OfType<string>().Select(m => m.ToUpperInvariant())];
            else if (asView.Keyword("http_method_names") is { } names && StaticStrings.Of(names, semantics) is { } listed)
                methods = [.. listed.Select(m => m.ToUpperInvariant())];
        }

        var viewName = DjangoViews.QualifiedName(file, semantics, target);
        // admin.site.urls: Django's admin requires a staff login for every page but its login page.
        if (viewName?.EndsWith("admin.site.urls", StringComparison.Ordinal) == true) auth ??= "Django admin (staff login)";
        file.Facts.Add(FactKeys.Routes, new RouteFact(Framework.Django, path, methods, file.Python.Parsed.Text(view.Range),
            file.LocationOf(call.Range), urlpatterns, auth, [], csrfExempt, false, viewName));
    }

    private static void AddErrorHandler(FileContext file, SemanticModel semantics, Expr handled, Call call)
    {
        var code = semantics.StaticValue(handled) is ConstantValue.IntValue number ? (int?)(int)number.Value : null;
        var exception = code is null ? semantics.QualifiedName(handled) ?? file.Python.Parsed.Text(handled.Range) : null;
        file.Facts.Add(FactKeys.ErrorHandlers, new ErrorHandlerFact(code, exception, file.LocationOf(call.Range)));
    }

    private static void AddDebugSwitch(FileContext file, PythonValueReader values, Call call, string source)
    {
        var keyword = call.Keywords.First(k => k.Arg == "debug");
        file.Facts.Add(FactKeys.DebugSwitches, new DebugSwitchFact(source, values.Read(keyword.Value), file.LocationOf(keyword.Range)));
    }

    private static ImmutableArray<string> Methods(Call call, SemanticModel semantics, ImmutableArray<string> fallback) =>
        call.Keyword("methods") is { } methods && StaticStrings.Of(methods, semantics) is { } list
            ? [.. list.Select(m => m.ToUpperInvariant())]
            : fallback;

    private static string Prefix(WebObject? web) => web?.Prefix ?? "";

    // An object imported from elsewhere (`from app import app`, `from .views import bp`) named like an app or router.
    private static bool LooksLikeWebObject(string name)
    {
        // Asked for every call on a plain name, so it compares without lower-casing a copy.
        const StringComparison IgnoreCase = StringComparison.OrdinalIgnoreCase;
        return name.Equals("app", IgnoreCase) || name.Equals("application", IgnoreCase) || name.Equals("api", IgnoreCase)
            || name.Equals("bp", IgnoreCase) || name.Equals("blueprint", IgnoreCase) || name.Equals("router", IgnoreCase)
            || name.EndsWith("_bp", IgnoreCase) || name.EndsWith("_router", IgnoreCase)
            || name.EndsWith("_app", IgnoreCase) || name.EndsWith("_blueprint", IgnoreCase);
    }
}
