namespace Shipshape.Config;

/// <summary>Paths inside a container: relative ones are relative to the working directory (default <c>/</c>).</summary>
public static class ContainerPaths
{
    public static string Resolve(string path, string? workingDirectory)
    {
        var combined = path.StartsWith('/') ? path : $"{(workingDirectory ?? "/").TrimEnd('/')}/{path}";
        var segments = new List<string>();
        foreach (var segment in combined.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment == ".")
                continue;
            if (segment == "..")
            {
                if (segments.Count > 0)
                    segments.RemoveAt(segments.Count - 1);
                continue;
            }
            segments.Add(segment);
        }
        return "/" + string.Join('/', segments);
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="volume"/> or lies inside it.</summary>
    public static bool IsInside(string path, string volume)
    {
        var root = volume.TrimEnd('/');
        return path == root || path.StartsWith(root + "/", StringComparison.Ordinal) || root.Length == 0;
    }
}
