namespace Shipshape.Facts.Python;

/// <summary>
/// Full route paths across files: a route's own path (with its blueprint's or router's prefix)
/// preceded by the prefixes given where that blueprint or router is mounted
/// (<see cref="RouterMountFact"/>), followed up the chain of mounts.
/// </summary>
public static class RouteTable
{
    private const int MaxMountDepth = 16;

    public static string FullPath(RouteFact route, IReadOnlyList<RouterMountFact> mounts)
    {
        var path = route.Path;
        var current = PythonModuleName.Of(route.HandlerLocation.Path) + "." + route.Router;
        for (var depth = 0; depth < MaxMountDepth; depth++)
        {
            var mount = mounts.FirstOrDefault(m => PythonModuleName.Matches(current, m.Child));
            if (mount is null) break;
            path = mount.Prefix.TrimEnd('/') + path;
            current = mount.Parent;
        }

        return path;
    }
}
