namespace Shipshape.Rules.Python;

/// <summary>What a Python file is for, judged from its path: tests and helper scripts are not application code.</summary>
public static class CodePaths
{
    public static bool IsTest(string path)
    {
        var segments = path.Split('/');
        var file = segments[^1];
        return segments[..^1].Any(s => s is "tests" or "test" or "testing")
            || file.StartsWith("test_", StringComparison.Ordinal) || file.EndsWith("_test.py", StringComparison.Ordinal)
            || file is "conftest.py" or "tests.py";
    }

    /// <summary>Tests, scripts/ and tools/ folders, and packaging or migration files.</summary>
    public static bool IsTestOrScript(string path)
    {
        var segments = path.Split('/');
        return IsTest(path)
            || segments[..^1].Any(s => s is "scripts" or "script" or "bin" or "tools" or "migrations" or "alembic")
            || segments[^1] is "setup.py" or "manage.py" or "noxfile.py" or "fabfile.py";
    }
}
