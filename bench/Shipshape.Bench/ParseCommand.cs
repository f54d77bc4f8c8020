using System.Diagnostics;
using System.Globalization;
using Shipshape.Bench.Differential;
using Shipshape.Python;

namespace Shipshape.Bench;

/// <summary>
/// <c>parse DIR --threads N --runs R</c>: reads every .py file under DIR into memory, then times
/// parsing them all (bytes to tree, decoding included) on N threads; one untimed warm-up pass, and
/// the fastest of R timed passes is reported.
/// </summary>
internal static class ParseCommand
{
    public static int Run(string folder, string[] args)
    {
        var threads = Options.Integer(args, "--threads", Environment.ProcessorCount);
        var runs = Options.Integer(args, "--runs", 3);

        var sources = PythonSourceFiles.Under(folder).Select(File.ReadAllBytes).ToArray();
        var bytes = sources.Sum(source => (long)source.Length);
        var lines = sources.Sum(CountLines);

        var errors = ParseAll(sources, threads);
        var best = TimeSpan.MaxValue;
        for (var run = 0; run < runs; run++)
        {
            var clock = Stopwatch.StartNew();
            ParseAll(sources, threads);
            best = clock.Elapsed < best ? clock.Elapsed : best;
        }

        var seconds = best.TotalSeconds;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"files {sources.Length}, lines {lines}, bytes {bytes}, errors {errors}, seconds {seconds:F3}, MB/s {bytes / 1e6 / seconds:F1}"));
        return 0;
    }

    /// <summary>Parses every source; returns how many had syntax errors.</summary>
    private static int ParseAll(byte[][] sources, int threads)
    {
        var errors = 0;
        Parallel.For(0, sources.Length, new ParallelOptions { MaxDegreeOfParallelism = threads }, i =>
        {
            if (PythonParser.ParseBytes(sources[i]).HasErrors)
            {
                Interlocked.Increment(ref errors);
            }
        });
        return errors;
    }

    // Lines as `wc -l` counts them, plus a last line without a line break.
    private static long CountLines(byte[] source)
    {
        var count = source.AsSpan().Count((byte)'\n');
        return count + (source.Length > 0 && source[^1] != '\n' ? 1 : 0);
    }
}
