using Shipshape.Facts;
using Shipshape.Model;
using Shipshape.Rules.Python;

namespace Shipshape.Rules.Data;

/// <summary>DATA006: in-process caches that only grow.</summary>
public sealed class Data006UnboundedCache : IProjectRule
{
    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Data006,
        Name: "unbounded-cache",
        Category: Categories.Data,
        Severity: Severity.Low,
        Confidence: Confidence.Medium,
        Kind: RuleKind.Static,
        Summary: "Checks a web application for module-level caches (containers named `cache` or `memo`) that are "
            + "written but never evicted or size-checked, and for `@functools.cache` / `@lru_cache(maxsize=None)` on "
            + "functions that take arguments.",
        Why: "A cache keyed by request data (a ward, a user id, a search term) gains an entry for every distinct key "
            + "and never drops one: memory grows until the worker is killed, and stale values are served for ever "
            + "because nothing expires.",
        Fix: "Bound it: `@lru_cache(maxsize=1024)`, `cachetools.TTLCache(maxsize=1024, ttl=300)`, or a shared cache "
            + "such as Flask-Caching with Redis and a timeout.",
        Examples:
        [
            new RuleExample("Python", "python",
                Failing: "_cache = {}\n\ndef cache_set(key, value):\n    _cache[key] = value",
                Passing: "_cache = cachetools.TTLCache(maxsize=1024, ttl=300)\n\ndef cache_set(key, value):\n    _cache[key] = value"),
        ],
        References:
        [
            RuleReference.Cwe(770, "Allocation of Resources Without Limits or Throttling"),
            RuleReference.Asvs("11.1.4", "The application has anti-automation controls to protect against excessive calls"),
            new RuleReference("Python docs: functools.lru_cache", "https://docs.python.org/3/library/functools.html#functools.lru_cache"),
        ])
    {
        Requirement = "In-process caches are bounded",
    };

    public CheckOutcome Check(ProjectContext project)
    {
        if (WebApps.NotAWebApp(project) is { } notApplicable) return notApplicable;
        var found = 0;
        foreach (var cache in project.Facts.Get(FactKeys.ModuleState).Where(s => s.NamedAsCache && !s.Evicts))
        {
            project.Report(cache.Definition,
                $"Cache `{cache.Name}` is filled by {string.Join(", ", cache.Writers.Select(w => $"`{w}`"))} and never evicted or size-checked");
            found++;
        }

        foreach (var memo in project.Facts.Get(FactKeys.UnboundedCaches).Where(c => c.TakesArguments))
        {
            project.Report(memo.Location, $"`{memo.Decorator}` on `{memo.Function}` keeps one entry per distinct argument for ever");
            found++;
        }

        return found > 0 ? CheckOutcome.Fail() : CheckOutcome.Pass("caches are bounded");
    }
}
