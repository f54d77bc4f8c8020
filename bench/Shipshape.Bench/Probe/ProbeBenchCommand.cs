using System.Globalization;
using Shipshape.Probe;
using Shipshape.Rules;

namespace Shipshape.Bench.Probe;

/// <summary>
/// <c>Shipshape.Bench probe URL [--runs N] [--active]</c>: probes a running app N times (default 5)
/// with every check, and prints each run's wall time and request count, then min, median and max.
/// With --active the POST-based checks run too (and default credentials are tried). Measures, never asserts.
/// </summary>
public static class ProbeBenchCommand
{
    public static int Run(string url, IReadOnlyList<string> rest)
    {
        var runs = 5;
        var active = false;
        for (var i = 0; i < rest.Count; i++)
        {
            switch (rest[i])
            {
                case "--runs" when i + 1 < rest.Count && int.TryParse(rest[i + 1], out var n) && n > 0:
                    runs = n;
                    i++;
                    break;
                case "--active":
                    active = true;
                    break;
                default:
                    Console.Error.WriteLine($"probe: unknown option {rest[i]} (expected --runs N, --active)");
                    return 2;
            }
        }
        if (!Uri.TryCreate(url, UriKind.Absolute, out var target))
        {
            Console.Error.WriteLine($"probe: not a URL: {url}");
            return 2;
        }

        var checks = ProbeRunner.AllChecks(RuleRegistry.Default);
        var options = new ProbeOptions(target, Active: active, TryDefaultCredentials: active);
        var seconds = new List<double>();
        for (var run = 1; run <= runs; run++)
        {
            var outcome = ProbeRunner.RunAsync(options, ProbeHints.None, checks).GetAwaiter().GetResult();
            seconds.Add(outcome.Elapsed.TotalSeconds);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"run {run}: {outcome.Elapsed.TotalSeconds:0.000} s, {outcome.Summary.Requests} requests, {outcome.Checks.Count} checks, grade {outcome.Summary.Observatory?.Grade ?? "-"}"));
        }
        seconds.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"probe {target} ({(active ? "active" : "passive")}, {runs} runs): min {seconds[0]:0.000} s, median {seconds[seconds.Count / 2]:0.000} s, max {seconds[^1]:0.000} s"));
        return 0;
    }
}
