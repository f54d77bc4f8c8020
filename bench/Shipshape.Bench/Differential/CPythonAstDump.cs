using System.Diagnostics;

namespace Shipshape.Bench.Differential;

/// <summary>Runs <c>scripts/pyast_dump.py</c> on a list of files and streams its records.</summary>
public static class CPythonAstDump
{
    /// <summary>python3 unless SHIPSHAPE_PYTHON names another interpreter.</summary>
    public static string Interpreter => Environment.GetEnvironmentVariable("SHIPSHAPE_PYTHON") is { Length: > 0 } python ? python : "python3";

    public static IEnumerable<CPythonRecord> Run(IReadOnlyList<string> files)
    {
        var start = new ProcessStartInfo(Interpreter)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(RepositoryRoot.DumpScript());
        start.ArgumentList.Add("-");
        start.Environment["PYTHONIOENCODING"] = "utf-8";
        using var process = Start(start);
        var errors = process.StandardError.ReadToEndAsync();
        var feeding = Task.Run(() =>
        {
            foreach (var file in files)
            {
                process.StandardInput.WriteLine(file);
            }

            process.StandardInput.Close();
        });

        while (process.StandardOutput.ReadLine() is { } line)
        {
            yield return CPythonRecord.Parse(line);
        }

        feeding.Wait();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"pyast_dump.py exited with {process.ExitCode}: {errors.Result.Trim()}");
        }
    }

    private static Process Start(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException($"cannot start {Interpreter}");
        }
        catch (System.ComponentModel.Win32Exception error)
        {
            throw new InvalidOperationException($"cannot start {Interpreter}: {error.Message}", error);
        }
    }
}
