using Shipshape.Facts;
using Shipshape.Facts.General;
using Shipshape.Facts.Python;

namespace Shipshape.Probe.Audit;

/// <summary>
/// The routes of the static inventory the probe should try first, with their full paths (blueprint
/// and router prefixes followed): login endpoints, health routes, pages that post to themselves, and
/// the API prefix. Routes with path parameters are left out: no value for them is known to be safe.
/// </summary>
public sealed record StaticRouteHints(
    IReadOnlyList<string> LoginPaths,
    IReadOnlyList<string> FormPaths,
    IReadOnlyList<string> HealthPaths,
    string? ApiPrefix,
    IReadOnlyDictionary<string, string> Sources)
{
    // A few of each, so a large inventory cannot spend the probe's request budget on guesses.
    private const int MaxPerKind = 3;
    private static readonly string[] LoginWords = ["login", "signin", "sign-in", "sign_in", "logon", "token"];
    private static readonly string[] NotLoginWords = ["logout", "signout", "sign-out", "sign_out", "refresh", "revoke"];
    private static readonly char[] Unprobeable = ['<', '{', '(', '[', '*', '+', '?', '\\', '|'];

    public static StaticRouteHints From(ProjectFacts facts)
    {
        var mounts = facts.Get(FactKeys.RouterMounts);
        var config = ProductionConfig.From(facts);
        var routes = facts.Get(FactKeys.Routes)
            .Select(r => (Route: r, Path: Probeable(RouteTable.FullPath(r, mounts, config))))
            .Where(r => r.Path is not null)
            .Select(r => (r.Route, Path: r.Path!))
            .ToList();
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);

        IReadOnlyList<string> Pick(IEnumerable<(RouteFact Route, string Path)> chosen) =>
            chosen.DistinctBy(c => c.Path).Take(MaxPerKind).Select(c =>
            {
                sources.TryAdd(c.Path, $"{string.Join(",", c.Route.Methods)} {c.Path} → {c.Route.Handler} at {c.Route.HandlerLocation}");
                return c.Path;
            }).ToList();

        var login = Pick(routes.Where(r => IsLogin(r.Route, r.Path)));
        var forms = Pick(routes.Where(r => Accepts(r.Route, "GET") && Accepts(r.Route, "POST") && !login.Contains(r.Path)));
        var health = Pick(routes.Where(r => Accepts(r.Route, "GET") && Facts.General.HealthPaths.IsHealth(r.Path)));
        if (health.Count == 0) health = HealthFromHandlers(facts, sources).Distinct().Take(MaxPerKind).ToList();
        return new StaticRouteHints(login, forms, health, ApiPrefixOf(routes.Select(r => r.Path)), sources);
    }

    /// <summary>The path to request, or null when it holds a parameter or a pattern; Django's "login/" and "^login/$" read as "/login/".</summary>
    public static string? Probeable(string path)
    {
        var plain = path.TrimStart('^').TrimEnd('$');
        if (plain.IndexOfAny(Unprobeable) >= 0 || plain.Contains("//", StringComparison.Ordinal)) return null;
        return plain.StartsWith('/') ? plain : "/" + plain;
    }

    /// <summary>Health routes the health collector saw (paths as written), when the route inventory has none.</summary>
    private static IEnumerable<string> HealthFromHandlers(ProjectFacts facts, Dictionary<string, string> sources)
    {
        foreach (var handler in facts.Get(FactKeys.HealthHandlers))
        {
            if (Probeable(handler.Path) is not { } path) continue;
            sources.TryAdd(path, $"health route {path} at {handler.Location}");
            yield return path;
        }
    }

    private static bool IsLogin(RouteFact route, string path)
    {
        // Django routes carry no methods; a Flask or FastAPI login must accept a POST.
        if (route.Methods.Length > 0 && !Accepts(route, "POST")) return false;
        var words = (path + " " + route.Handler).ToLowerInvariant();
        return LoginWords.Any(words.Contains) && !NotLoginWords.Any(words.Contains);
    }

    private static bool Accepts(RouteFact route, string method) => route.Methods.Length == 0 || route.Methods.Contains(method);

    /// <summary>The segments all routes under "/api" share ("/api/v1"), never a whole route's path.</summary>
    public static string? ApiPrefixOf(IEnumerable<string> paths)
    {
        var api = paths.Select(p => p.Split('/', StringSplitOptions.RemoveEmptyEntries))
            .Where(s => s.Length > 1 && s[0].Equals("api", StringComparison.OrdinalIgnoreCase)).ToList();
        if (api.Count == 0) return null;
        var shared = api[0].Take(api[0].Length - 1).ToList();
        foreach (var segments in api.Skip(1))
        {
            var common = 0;
            while (common < shared.Count && common < segments.Length - 1 && segments[common] == shared[common]) common++;
            shared.RemoveRange(common, shared.Count - common);
        }
        return "/" + string.Join("/", shared);
    }
}
