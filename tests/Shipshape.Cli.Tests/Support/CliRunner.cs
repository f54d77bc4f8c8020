using System.Diagnostics;

namespace Shipshape.Cli.Tests.Support;

/// <summary>What a run of the command line printed and returned.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error)
{
    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Asserts exit code 2 with exactly one "error: …" line on stderr and no stack trace; returns the line.</summary>
    public string AssertUsageError()
    {
        Assert.Equal(2, ExitCode);
        var line = Assert.Single(ErrorLines);
        Assert.StartsWith("error: ", line);
        Assert.DoesNotContain(" at Shipshape", Error);
        return line;
    }
}

/// <summary>Runs the real CLI, in-process (fast) or as a child process (the shipped entry point).</summary>
public static class CliRunner
{
    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static CliRun Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var code = ShipshapeApp.Run(args, new CliConsole(output, error, Interactive: false));
        return new(code, output.ToString(), error.ToString());
    }

    public static CliRun RunProcess(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Shipshape.Cli.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new(process.ExitCode, stdout.Result, stderr.Result);
    }
}
