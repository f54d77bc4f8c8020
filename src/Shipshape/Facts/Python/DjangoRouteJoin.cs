using System.Collections.Immutable;

namespace Shipshape.Facts.Python;

/// <summary>
/// Gives Django routes (declared in <c>urls.py</c>, their views in other modules) the methods their
/// view accepts and the authentication it requires, once every file's facts are in: the view's own
/// definition, then for class-based views its bases in method resolution order (project classes from
/// their facts, Django's and DRF's from <see cref="DjangoViewBases"/>), then DRF's
/// <c>DEFAULT_PERMISSION_CLASSES</c> and Django's <c>LoginRequiredMiddleware</c> from the production settings. A route keeps what <c>urls.py</c>
/// itself says (<c>login_required(view)</c>, <c>as_view(http_method_names=...)</c>) and points at the
/// view's <c>def</c>/<c>class</c> line, and takes the view's django-ratelimit limits and CSRF exemption. A route whose view is
/// not found keeps no methods.
/// </summary>
public static class DjangoRouteJoin
{
    private const int MaxLineage = 32;

    /// <summary>The production setting DRF reads for views that set no <c>permission_classes</c>.</summary>
    public const string DefaultPermissionSetting = "REST_FRAMEWORK.DEFAULT_PERMISSION_CLASSES";

    public static ProjectFacts Apply(ProjectFacts facts)
    {
        var routes = facts.Get(FactKeys.Routes);
        if (!routes.Any(r => r.View is not null)) return facts;
        // By simple name, so a large project's lookups stay cheap; the qualified name decides among namesakes.
        var views = facts.Get(FactKeys.DjangoViews).ToLookup(v => v.Name.Split('.')[^1], StringComparer.Ordinal);
        var config = ProductionConfig.From(facts);
        var defaults = config.Get(DefaultPermissionSetting)?.Value is PythonValue.StringList list
            ? list.Items.Select(i => i.Split('.')[^1]).ToImmutableArray()
            : (ImmutableArray<string>?)null;
        // Django 5.1's LoginRequiredMiddleware makes every view require a login unless it says @login_not_required.
        var loginMiddleware = new DjangoSettingsView(config).HasMiddleware("LoginRequiredMiddleware");
        return facts.With(FactKeys.Routes, [.. routes.Select(r => r.View is { } view ? Resolve(r, view, views, defaults, loginMiddleware) : r)]);
    }

    private static RouteFact Resolve(RouteFact route, string view, ILookup<string, DjangoViewFact> views, ImmutableArray<string>? defaults, bool loginMiddleware)
    {
        if (Find(view, views) is not { } definition) return route;
        var lineage = definition.IsClass ? Lineage(definition, views).ToList() : [definition.Name];
        var facts = lineage.Select(name => Find(name, views)).OfType<DjangoViewFact>().ToList();

        var methods = definition.IsClass ? ClassMethods(lineage, facts) : definition.Methods;
        var isRestFramework = definition.IsRestFramework || lineage.Any(DjangoViewBases.IsRestFramework);
        var permissions = facts.Select(f => f.Permissions).FirstOrDefault(p => p is not null) ?? (isRestFramework ? defaults : null);
        var auth = route.Auth
                   ?? facts.Select(f => f.Auth).FirstOrDefault(a => a is not null)
                   ?? lineage.Select(DjangoViewBases.AuthOf).FirstOrDefault(a => a is not null)
                   ?? PermissionAuth(permissions)
                   ?? (loginMiddleware && !facts.Any(f => f.IsPublic) ? "LoginRequiredMiddleware" : null);
        return route with
        {
            Methods = route.Methods.IsEmpty ? methods : route.Methods,
            Auth = auth,
            RateLimits = route.RateLimits.IsEmpty ? [.. facts.SelectMany(f => f.RateLimits)] : route.RateLimits,
            CsrfExempt = route.CsrfExempt ?? facts.Select(f => f.CsrfExempt).FirstOrDefault(c => c is not null),
            HandlerLocation = definition.Location,
        };
    }

    // Handlers defined along the lineage, limited by the first http_method_names set on the way.
    private static ImmutableArray<string> ClassMethods(List<string> lineage, List<DjangoViewFact> facts)
    {
        var handlers = facts.SelectMany(f => f.Methods).Concat(lineage.SelectMany(name => DjangoViewBases.HandlersOf(name))).ToHashSet(StringComparer.Ordinal);
        if (facts.Select(f => f.HttpMethodNames).FirstOrDefault(n => n is not null) is { } allowed) handlers.IntersectWith(allowed);
        return [.. handlers.OrderBy(m => Array.IndexOf(MethodOrder, m))];
    }

    private static readonly string[] MethodOrder = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"];

    // DRF grants access when every permission class does; AllowAny alone grants it to anyone.
    private static string? PermissionAuth(ImmutableArray<string>? permissions) =>
        permissions is { Length: > 0 } names && names.Any(n => n != "AllowAny") ? $"permission_classes [{string.Join(", ", names)}]" : null;

    // The class, then its bases depth first, left to right (the MRO of the usual single and mixin inheritance), each once.
    private static IEnumerable<string> Lineage(DjangoViewFact type, ILookup<string, DjangoViewFact> views)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>([type.Name]);
        while (stack.Count > 0 && seen.Count < MaxLineage)
        {
            var current = stack.Pop();
            if (!seen.Add(current)) continue;
            yield return current;
            if (Find(current, views) is not { IsClass: true } found) continue;
            foreach (var basis in found.Bases.Reverse()) stack.Push(basis);
        }
    }

    private static DjangoViewFact? Find(string name, ILookup<string, DjangoViewFact> views) =>
        DjangoViewBases.IsLibrary(name) ? null : views[name.Split('.')[^1]].FirstOrDefault(v => PythonModuleName.Matches(v.Name, name));
}
