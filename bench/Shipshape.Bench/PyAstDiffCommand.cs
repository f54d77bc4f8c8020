using System.Diagnostics;
using Shipshape.Bench.Differential;

namespace Shipshape.Bench;

/// <summary>
/// <c>pyast-diff DIR</c>: CPython's <c>ast.parse</c> and our parser over every .py file under DIR,
/// compared file by file; prints the first mismatches and the summary line.
/// </summary>
internal static class PyAstDiffCommand
{
    public static int Run(string folder, string[] args)
    {
        var show = Options.Integer(args, "--show", 10);
        var workers = Options.Integer(args, "--workers", Environment.ProcessorCount);

        var files = PythonSourceFiles.Under(folder);
        var clock = Stopwatch.StartNew();
        var results = DifferentialRun.Compare(files, workers);
        foreach (var mismatch in results.Where(r => r.Kind == ComparisonKind.Mismatch).Take(show))
        {
            Console.WriteLine($"MISMATCH {Path.GetRelativePath(folder, mismatch.Path)}");
            Console.WriteLine($"  {mismatch.Detail!.Replace("\n", "\n  ")}");
        }

        Console.WriteLine($"compared in {clock.Elapsed.TotalSeconds:F1} s with {workers} python process(es)");
        Console.WriteLine(DifferentialRun.Summary(results));
        return results.Any(r => r.Kind == ComparisonKind.Mismatch) ? 1 : 0;
    }
}
