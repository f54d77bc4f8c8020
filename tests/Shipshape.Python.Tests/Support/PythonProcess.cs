using System.Diagnostics;
using Shipshape.Bench.Differential;

namespace Shipshape.Python.Tests.Support;

/// <summary>Runs a python3 snippet (the interpreter the differential test uses) and returns its output.</summary>
internal static class PythonProcess
{
    public static string Run(string code, string input)
    {
        var start = new ProcessStartInfo(CPythonAstDump.Interpreter)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(code);
        start.Environment["PYTHONIOENCODING"] = "utf-8";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, errors.Result);
        return output.Result;
    }

    /// <summary>The folder of the installed standard library (site-packages is left out by the file listing).</summary>
    public static string StandardLibrary() =>
        Run("import sysconfig; print(sysconfig.get_paths()['stdlib'])", "").Trim();
}
