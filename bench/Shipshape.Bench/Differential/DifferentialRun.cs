using System.Runtime.ExceptionServices;
using Shipshape.Python;
using Shipshape.Python.Ast.Json;

namespace Shipshape.Bench.Differential;

/// <summary>
/// Parses files with CPython (through <c>pyast_dump.py</c>) and with our parser, and compares the two
/// trees' canonical JSON file by file. Files are split over several python processes, one per worker.
/// </summary>
public static class DifferentialRun
{
    public static IReadOnlyList<FileComparison> Compare(IReadOnlyList<string> files, int workers)
    {
        workers = Math.Clamp(workers, 1, Math.Max(1, files.Count));
        var results = new FileComparison[files.Count];
        try
        {
            Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, worker => CompareShare(files, workers, worker, results));
        }
        catch (AggregateException error)
        {
            // Every worker fails the same way when python3 cannot run: report the first.
            ExceptionDispatchInfo.Throw(error.InnerExceptions[0]);
        }

        return results;
    }

    // Worker number `worker` takes every `workers`-th file, through its own python process.
    private static void CompareShare(IReadOnlyList<string> files, int workers, int worker, FileComparison[] results)
    {
        var mine = Enumerable.Range(0, files.Count).Where(i => i % workers == worker).ToList();
        var records = CPythonAstDump.Run(mine.Select(i => files[i]).ToList());
        var next = 0;
        foreach (var record in records)
        {
            var index = mine[next++];
            if (record.Path != files[index])
            {
                throw new InvalidOperationException($"pyast_dump.py answered for {record.Path}, expected {files[index]}");
            }

            results[index] = CompareOne(files[index], record);
        }
    }

    public static FileComparison CompareOne(string path, CPythonRecord cpython)
    {
        ParsedModule parsed;
        try
        {
            parsed = PythonParser.ParseBytes(File.ReadAllBytes(path));
        }
        catch (Exception exception)
        {
            return new FileComparison(path, ComparisonKind.Mismatch, $"our parser threw {exception.GetType().Name}: {exception.Message}");
        }

        if (cpython.Error is { } error)
        {
            return parsed.HasErrors
                ? new FileComparison(path, ComparisonKind.RejectedByBoth)
                : new FileComparison(path, ComparisonKind.Mismatch, $"CPython rejects it ({error}), we accept it");
        }

        if (parsed.HasErrors)
        {
            var first = parsed.Diagnostics[0];
            var (line, column) = parsed.Lines.Position(first.Range.Start);
            return new FileComparison(
                path,
                ComparisonKind.Mismatch,
                $"CPython accepts it, we report {parsed.Diagnostics.Length} error(s), first at {line}:{column + 1}: {first.Message}");
        }

        string ours;
        try
        {
            ours = CPythonAstJson.Write(parsed);
        }
        catch (ArgumentException exception)
        {
            return new FileComparison(path, ComparisonKind.Mismatch, $"our tree has no CPython form: {exception.Message}");
        }

        var difference = JsonDifference.Find(cpython.Tree!, ours);
        return difference is null
            ? new FileComparison(path, ComparisonKind.Identical)
            : new FileComparison(path, ComparisonKind.Mismatch, difference.ToString());
    }

    /// <summary>The closing line: <c>identical N/M, rejected-by-both K, mismatches L</c>.</summary>
    public static string Summary(IReadOnlyList<FileComparison> results) =>
        $"identical {results.Count(r => r.Kind == ComparisonKind.Identical)}/{results.Count}, " +
        $"rejected-by-both {results.Count(r => r.Kind == ComparisonKind.RejectedByBoth)}, " +
        $"mismatches {results.Count(r => r.Kind == ComparisonKind.Mismatch)}";
}
