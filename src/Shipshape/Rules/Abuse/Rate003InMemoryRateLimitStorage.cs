using Shipshape.Config.Servers;
using Shipshape.Facts;
using Shipshape.Facts.Python;
using Shipshape.Model;

namespace Shipshape.Rules.Abuse;

/// <summary>
/// RATE003: rate-limit counters kept in process memory while several worker processes serve the app.
/// The storage comes from <see cref="FactKeys.RateLimitStorage"/> (code, published by the Python
/// rules), from <c>RATELIMIT_STORAGE_URI</c>/<c>RATELIMIT_STORAGE_URL</c> settings in env files and compose,
/// and from the same settings in the production Python configuration (an environment read resolves to
/// what the project's env files set, else to its default); the worker count from the server commands and their settings.
/// </summary>
public sealed class Rate003InMemoryRateLimitStorage : IProjectRule
{
    private static readonly HashSet<string> StorageSettings = new(StringComparer.OrdinalIgnoreCase)
    {
        "RATELIMIT_STORAGE_URI", "RATELIMIT_STORAGE_URL", "RATE_LIMIT_STORAGE_URI",
    };

    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Rate003,
        Name: "in-memory-rate-limit-storage",
        Category: Categories.Abuse,
        Severity: Severity.Medium,
        Confidence: Confidence.Medium,
        Kind: RuleKind.Static,
        Summary: "Checks whether the rate limiter stores its counters in process memory (`memory://`) while the server runs more "
            + "than one worker process (gunicorn/uvicorn/hypercorn worker count from the command line, gunicorn.conf.py or "
            + "`WEB_CONCURRENCY`).",
        Why: "Each worker process keeps its own counters, so a limit of 5 login attempts a minute becomes 5 per worker — "
            + "with 4 workers an attacker gets 20 — and every restart or deploy resets them. The limit the report or the "
            + "code promises is not the limit production enforces.",
        Fix: "Keep counters in a shared store: `Limiter(get_remote_address, app=app, storage_uri=\"redis://redis:6379/0\")` "
            + "or `RATELIMIT_STORAGE_URI=redis://redis:6379/0` (Flask-Limiter, slowapi), with a Redis service in compose.",
        Examples:
        [
            new RuleExample("env file with gunicorn -w 4", "shell",
                Failing: "RATELIMIT_STORAGE_URI=memory://",
                Passing: "RATELIMIT_STORAGE_URI=redis://redis:6379/0"),
        ],
        References:
        [
            RuleReference.Cwe(770, "Allocation of Resources Without Limits or Throttling"),
            RuleReference.Asvs("11.1.4", "The application has anti-automation controls to protect against excessive calls"),
            new RuleReference("Flask-Limiter docs: Configuring a storage backend", "https://flask-limiter.readthedocs.io/en/stable/#configuring-a-storage-backend"),
        ])
    {
        Requirement = "Rate-limit counters are shared across worker processes (not in process memory)",
    };

    public CheckOutcome Check(ProjectContext project)
    {
        var storages = project.Facts.Get(FactKeys.RateLimitStorage)
            .Concat(project.Facts.Get(FactKeys.EnvironmentSettings)
                .Where(s => StorageSettings.Contains(s.Name))
                .Select(s => new RateLimitStorageFact(s.Value.Trim(), s.Location)))
            .Concat(ConfiguredInCode(project.Facts))
            .ToList();
        if (storages.Count == 0)
            return CheckOutcome.NotApplicable("no rate-limit storage found (no RATELIMIT_STORAGE_URI setting, no limiter storage in code)");

        var servers = EffectiveServerSettings.Resolve(project.Facts);
        if (servers.Count == 0)
            return CheckOutcome.Manual("no gunicorn, uvicorn or hypercorn command found, so the number of worker processes is unknown");
        var busiest = servers.MaxBy(s => s.Workers ?? 1)!;
        var workers = busiest.Workers ?? 1;
        if (workers <= 1)
            return CheckOutcome.Pass($"one worker process ({busiest.Command.Server.Kind.ToString().ToLowerInvariant()} at {busiest.Command.Location})");

        var evidence = new Evidence[] { new NoteEvidence($"{workers} worker processes: {busiest.Settings[ServerOptions.Workers].Location}") };
        foreach (var storage in storages.Where(s => s.IsInProcessMemory))
            project.Report(storage.Location, $"rate-limit counters are kept in process memory ({storage.StorageUri}) while {workers} worker processes run: each counts separately", evidence: evidence);
        return CheckOutcome.Pass();
    }

    // RATELIMIT_STORAGE_URI in the production config: a literal, or os.getenv(...) resolved against the
    // variables the project's env files and compose set, falling back to the default that runs when unset.
    private static IEnumerable<RateLimitStorageFact> ConfiguredInCode(ProjectFacts facts)
    {
        var environment = facts.Get(FactKeys.EnvironmentSettings).ToLookup(s => s.Name, StringComparer.Ordinal);
        foreach (var setting in ProductionConfig.From(facts).Values.Where(v => StorageSettings.Contains(v.Name)))
        {
            var uri = setting.Value is PythonValue.Environment read && environment[read.Variable].FirstOrDefault() is { } set
                ? set.Value.Trim()
                : setting.Value.WhenUnset?.AsString;
            if (uri is not null) yield return new RateLimitStorageFact(uri.Trim(), setting.Location);
        }
    }
}
