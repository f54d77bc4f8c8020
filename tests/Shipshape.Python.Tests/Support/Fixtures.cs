namespace Shipshape.Python.Tests.Support;

/// <summary>Fixture files copied beside the test assembly.</summary>
internal static class Fixtures
{
    public static string Folder(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static string File(string folder, string name) => Path.Combine(Folder(folder), name);

    /// <summary>The .py file names of a fixture folder, sorted.</summary>
    public static IEnumerable<string> FileNames(string folder) =>
        Directory.EnumerateFiles(Folder(folder), "*.py").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    /// <summary>The .py file names of a fixture folder, as theory data.</summary>
    public static TheoryData<string> Names(string folder) => new(FileNames(folder));
}
