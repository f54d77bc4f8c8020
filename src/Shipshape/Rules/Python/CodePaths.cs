namespace Shipshape.Rules.Python;

/// <summary>What a Python file is for, judged from its path: tests and helper scripts are not application code.</summary>
/// <remarks>Asked by many rules for every file, so it reads the path in place instead of splitting it.</remarks>
public static class CodePaths
{
    public static bool IsTest(string path)
    {
        var file = FileName(path);
        return HasFolder(path, "tests", "test", "testing")
            || file.StartsWith("test_", StringComparison.Ordinal) || file.EndsWith("_test.py", StringComparison.Ordinal)
            || file is "conftest.py" or "tests.py";
    }

    /// <summary>Tests, scripts/ and tools/ folders, and packaging or migration files.</summary>
    public static bool IsTestOrScript(string path) =>
        IsTest(path)
        || HasFolder(path, "scripts", "script", "bin", "tools", "migrations", "alembic")
        || FileName(path) is "setup.py" or "manage.py" or "noxfile.py" or "fabfile.py";

    private static ReadOnlySpan<char> FileName(string path) => path.AsSpan(path.LastIndexOf('/') + 1);

    private static bool HasFolder(string path, params ReadOnlySpan<string> names)
    {
        var folders = path.AsSpan(0, Math.Max(path.LastIndexOf('/'), 0));
        foreach (var range in folders.Split('/'))
        {
            var folder = folders[range];
            foreach (var name in names)
            {
                if (folder.SequenceEqual(name)) return true;
            }
        }

        return false;
    }
}
