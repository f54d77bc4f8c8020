namespace Shipshape.Bench.Differential;

/// <summary>Finds the repository (the folder holding Shipshape.slnx) above the running program.</summary>
public static class RepositoryRoot
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Shipshape.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"no Shipshape.slnx above {AppContext.BaseDirectory}");
    }

    /// <summary>The project's CPython dump script, <c>scripts/pyast_dump.py</c>.</summary>
    public static string DumpScript() => Path.Combine(Find(), "scripts", "pyast_dump.py");
}
