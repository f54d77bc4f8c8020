using System.Diagnostics;
using System.Globalization;
using Shipshape.Discovery;
using Shipshape.Rules;
using Shipshape.Scanning;
using Shipshape.Settings;

namespace Shipshape.Bench;

/// <summary>
/// <c>scan DIR</c>: the full static audit (every rule, every collector, scoring) on DIR, timed from the
/// first file read to the finished report, in this process as the CLI would run it; then the figures:
/// files and lines read (lines of the files the scan read, counted like <c>wc -l</c>), findings, seconds,
/// and the process's peak resident memory (VmHWM). <c>--only ID,ID</c> runs those rules alone.
/// </summary>
internal static class ScanCommand
{
    public static int Run(string folder, string[] args)
    {
        if (args.Contains("--per-collector")) return PerCollector(folder);
        var runs = Options.Integer(args, "--runs", 1);
        var at = Array.IndexOf(args, "--only");
        // --only ID,ID: those rules alone (fact collectors always run), to see where the time goes.
        IReadOnlySet<string>? only = at >= 0 && at + 1 < args.Length ? args[at + 1].Split(',').ToHashSet(StringComparer.Ordinal) : null;
        var best = TimeSpan.MaxValue;
        var bestCpu = TimeSpan.MaxValue;
        var findings = 0;
        var process = Process.GetCurrentProcess();
        for (var run = 0; run < runs; run++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var result = Scanner.Scan(ScanRequest.For(folder) with { OnlyRules = only });
            best = clock.Elapsed < best ? clock.Elapsed : best;
            process.Refresh();
            bestCpu = process.TotalProcessorTime - cpuBefore < bestCpu ? process.TotalProcessorTime - cpuBefore : bestCpu;
            findings = result.Report.Findings.Count;
        }

        var files = new ProjectWalker(new DiscoveryOptions(ShipshapeSettings.Default.Excludes, ShipshapeSettings.Default.Thresholds.MaxFileSize))
            .Walk(folder).Files;
        var buffer = new byte[1 << 16];
        var lines = files.Sum(f => CountLines(f.FullPath, buffer));
        // CPU time (all threads) and collections say more than wall time on a machine that is not idle.
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"cpu seconds {bestCpu.TotalSeconds:F3}, threads {Environment.ProcessorCount}, gc server {System.Runtime.GCSettings.IsServerGC}, "
            + $"collections gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}, "
            + $"jit seconds {System.Runtime.JitInfo.GetCompilationTime().TotalSeconds:F3} ({System.Runtime.JitInfo.GetCompiledMethodCount()} methods)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"files {files.Count}, lines {lines}, findings {findings}, seconds {best.TotalSeconds:F3}, peak MiB {PeakResidentMiB():F0}"));
        return 0;
    }

    /// <summary><c>--per-collector</c>: the scan with no rules and one fact collector at a time, each timed.</summary>
    private static int PerCollector(string folder)
    {
        foreach (var collector in RuleRegistry.Default.Collectors.Prepend(null))
        {
            var registry = new RuleRegistry([], collector is null ? [] : [collector]);
            var clock = Stopwatch.StartNew();
            Scanner.Scan(ScanRequest.For(folder) with { Registry = registry });
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{clock.Elapsed.TotalSeconds,8:F3}  {collector?.GetType().Name ?? "(none: discovery, reading)"}"));
        }

        return 0;
    }

    // Lines as `wc -l` counts them, plus a last line without a line break; read in chunks, after the timed scan.
    private static long CountLines(string path, byte[] buffer)
    {
        using var stream = File.OpenRead(path);
        long count = 0;
        var last = (byte)'\n';
        for (int read; (read = stream.Read(buffer)) > 0;)
        {
            count += buffer.AsSpan(0, read).Count((byte)'\n');
            last = buffer[read - 1];
        }

        return count + (last != '\n' ? 1 : 0);
    }

    /// <summary>Peak resident set size: VmHWM on Linux, the peak working set elsewhere.</summary>
    private static double PeakResidentMiB()
    {
        const string status = "/proc/self/status";
        if (File.Exists(status))
        {
            var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            if (line is not null && long.TryParse(line["VmHWM:".Length..].Trim().Split(' ')[0], out var kib)) return kib / 1024.0;
        }

        return Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
    }
}
