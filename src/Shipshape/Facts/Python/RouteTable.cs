namespace Shipshape.Facts.Python;

/// <summary>
/// Full route paths across files: a route's own path (with its blueprint's or router's prefix)
/// preceded by the prefixes given where that blueprint or router is mounted
/// (<see cref="RouterMountFact"/>), followed up the chain of mounts.
/// </summary>
public static class RouteTable
{
    private const int MaxMountDepth = 16;

    /// <param name="config">When given, a prefix written as a setting (<c>settings.API_V1_PREFIX</c>) is replaced by its production value.</param>
    public static string FullPath(RouteFact route, IReadOnlyList<RouterMountFact> mounts, ProductionConfig? config = null)
    {
        var path = route.Path;
        // A Django route's router is already qualified (its urls module's urlpatterns); its handler lives in the views module.
        var current = route.Framework == Framework.Django ? route.Router : PythonModuleName.Of(route.HandlerLocation.Path) + "." + route.Router;
        for (var depth = 0; depth < MaxMountDepth; depth++)
        {
            var mount = mounts.FirstOrDefault(m => PythonModuleName.Matches(current, m.Child));
            if (mount is null) break;
            path = Resolve(mount.Prefix, config).TrimEnd('/') + path;
            current = mount.Parent;
        }

        return path;
    }

    private static string Resolve(string prefix, ProductionConfig? config)
    {
        if (config is null || prefix.StartsWith('/') || prefix.Length == 0) return prefix;
        var name = prefix.Split('.')[^1];
        return config.Get(name)?.Value.WhenUnset?.AsString ?? prefix;
    }
}
