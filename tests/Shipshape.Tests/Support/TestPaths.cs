namespace Shipshape.Tests.Support;

/// <summary>Where fixture files (copied next to the test assembly) and the repository root are.</summary>
public static class TestPaths
{
    public static string Fixtures { get; } = Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static string Fixture(params string[] parts) => Path.Combine([Fixtures, .. parts]);

    /// <summary>The repository root: the folder holding Shipshape.slnx, above the test output folder.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Shipshape.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Shipshape.slnx not found above " + AppContext.BaseDirectory);
    }
}
