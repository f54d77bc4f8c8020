using System.Diagnostics;
using System.Text.Json;

namespace Shipshape.Tests.Probe.Servers;

/// <summary>
/// Mozilla's HTTP Observatory scanner (npm @mdn/mdn-http-observatory), run on a host:port for parity.
/// Found through SHIPSHAPE_OBSERVATORY, else in .tools/observatory at the repository root, where
/// Fixtures/servers/install-observatory.sh puts it — and runs that script once when the package is
/// missing, so a plain `dotnet test` on a fresh clone needs nothing but node and npm.
/// </summary>
public static class ObservatoryCli
{
    public static string? Node { get; } = FindOnPath("node");

    private static readonly Lazy<string> InstallLog = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string PackageFolder =>
        Environment.GetEnvironmentVariable("SHIPSHAPE_OBSERVATORY") is { Length: > 0 } configured
            ? configured
            : Path.Combine(RepositoryRoot(), ".tools", "observatory", "node_modules", "@mdn", "mdn-http-observatory");

    /// <summary>The scan's JSON output: "scan" {grade, score, ...} and "tests" {name: {result, scoreModifier}}.</summary>
    public static async Task<JsonDocument> ScanAsync(string hostAndPort)
    {
        var script = Path.Combine(PackageFolder, "src", "scan.js");
        if (!File.Exists(script) && Environment.GetEnvironmentVariable("SHIPSHAPE_OBSERVATORY") is not { Length: > 0 })
            _ = InstallLog.Value;
        if (!File.Exists(script))
            throw new InvalidOperationException(
                $"The HTTP Observatory is not installed at {PackageFolder} and installing it failed "
                + $"({InstallLog.Value}): run tests/Shipshape.Tests/Fixtures/servers/install-observatory.sh");
        var info = new ProcessStartInfo(Node!) { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(script);
        info.ArgumentList.Add(hostAndPort);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var json = await output;
        if (process.ExitCode != 0) throw new InvalidOperationException($"observatory scan failed: {json} {await errors}");
        return JsonDocument.Parse(json);
    }

    /// <summary>Runs the install script (npm, about 15 s); returns what it printed, for the error message.</summary>
    private static string Install()
    {
        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(RepositoryRoot(), "tests", "Shipshape.Tests", "Fixtures", "servers", "install-observatory.sh"));
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return $"exit {process.ExitCode}: {output.Result.Trim()} {errors.Trim()}".Trim();
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Shipshape.slnx"))) return dir.FullName;
        throw new InvalidOperationException("repository root (Shipshape.slnx) not found above " + AppContext.BaseDirectory);
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);
}

/// <summary>A theory that needs node; skipped, saying so, only when node is not installed.</summary>
public sealed class RequiresNodeTheoryAttribute : TheoryAttribute
{
    public RequiresNodeTheoryAttribute()
    {
        if (ObservatoryCli.Node is null) Skip = "node is not installed: the HTTP Observatory parity check cannot run";
    }
}
