namespace Shipshape.Python.Tests.Support;

/// <summary>Fixture files copied beside the test assembly.</summary>
internal static class Fixtures
{
    public static string Folder(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static string File(string folder, string name) => Path.Combine(Folder(folder), name);

    /// <summary>File names of a fixture folder, as theory data.</summary>
    public static TheoryData<string> Names(string folder, string pattern = "*.py")
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(Folder(folder), pattern).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }
}
