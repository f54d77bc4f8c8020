namespace Shipshape.Bench.Differential;

/// <summary>The .py files under a folder, in ordinal order, leaving out installed packages.</summary>
public static class PythonSourceFiles
{
    public static IReadOnlyList<string> Under(string folder)
    {
        var files = Directory
            .EnumerateFiles(folder, "*.py", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint })
            .Where(path => !path.Split(Path.DirectorySeparatorChar).Contains("site-packages"))
            .ToList();
        files.Sort(StringComparer.Ordinal);
        return files;
    }
}
