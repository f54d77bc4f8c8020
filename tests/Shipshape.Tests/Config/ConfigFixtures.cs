namespace Shipshape.Tests.Config;

/// <summary>Locates the configuration fixture files copied next to the test assembly.</summary>
internal static class ConfigFixtures
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "Fixtures", "config");

    public static string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    public static string Read(string relative) => File.ReadAllText(PathOf(relative));
}
