namespace Shipshape.Cli.Tests.Support;

/// <summary>The repository root above the test output folder, and the sample apps in it.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>samples/APP/STATE, e.g. ("leoc", "before").</summary>
    public static string Sample(string app, string state) => Path.Combine(Root, "samples", app, state);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Shipshape.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Shipshape.slnx not found above " + AppContext.BaseDirectory);
    }
}
