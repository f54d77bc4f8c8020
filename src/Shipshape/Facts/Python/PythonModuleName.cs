namespace Shipshape.Facts.Python;

/// <summary>The dotted module name of a file path relative to the scanned root ("app/core/config.py" is "app.core.config").</summary>
public static class PythonModuleName
{
    public static string Of(string path)
    {
        var withoutExtension = path.EndsWith(".py", StringComparison.Ordinal) ? path[..^3] : path;
        if (withoutExtension.EndsWith("/__init__", StringComparison.Ordinal)) withoutExtension = withoutExtension[..^"/__init__".Length];
        return withoutExtension.Replace('/', '.');
    }

    /// <summary>
    /// A name as a relative import writes it (".views.index", "..core.config") made absolute from the
    /// file at <paramref name="path"/>: one dot is the file's own package, each further dot one level up.
    /// </summary>
    public static string Absolute(string path, string relativeName)
    {
        var dots = relativeName.TakeWhile(c => c == '.').Count();
        if (dots == 0) return relativeName;
        var parts = Of(path).Split('.').ToList();
        var isPackage = path.EndsWith("__init__.py", StringComparison.Ordinal);
        var package = parts.Take(Math.Max(0, parts.Count - dots + (isPackage ? 1 : 0)));
        var rest = relativeName[dots..];
        return string.Join('.', rest.Length > 0 ? package.Append(rest) : package);
    }

    /// <summary>True when <paramref name="qualifiedName"/> (as an import wrote it) names <paramref name="module"/>, allowing the module to sit under a source folder ("backend/app/core/config" vs "app.core.config").</summary>
    public static bool Matches(string module, string qualifiedName) =>
        module == qualifiedName || module.EndsWith("." + qualifiedName, StringComparison.Ordinal);

    /// <summary>True for test code (tests/ folders, test_*.py, *_test.py, conftest.py): fixtures there may hold literal passwords on purpose.</summary>
    public static bool IsTest(string path)
    {
        var segments = path.Split('/');
        var name = segments[^1];
        return name.StartsWith("test_", StringComparison.Ordinal) || name.EndsWith("_test.py", StringComparison.Ordinal)
            || name == "conftest.py" || segments[..^1].Any(s => s is "tests" or "test");
    }
}
