using Shipshape.Config.Servers;
using Shipshape.Facts;
using Shipshape.Facts.Python;
using Shipshape.Model;
using Shipshape.Rules.Python;

namespace Shipshape.Rules.Abuse;

/// <summary>
/// RATE003: rate-limit counters kept in process memory while several worker processes serve the app.
/// The storage comes from the limiters in code (<see cref="FactKeys.RateLimiters"/>: a <c>storage_uri</c>
/// argument wins), else from <c>RATELIMIT_STORAGE_URI</c>/<c>RATELIMIT_STORAGE_URL</c> in env files, compose
/// and the production Python configuration (an environment read resolves to what the project's env files set,
/// else to its default), else from the libraries' default, <c>memory://</c>. The worker count comes from the
/// server commands and their settings.
/// </summary>
public sealed class Rate003InMemoryRateLimitStorage : IProjectRule
{
    private static readonly HashSet<string> StorageSettings = new(StringComparer.OrdinalIgnoreCase)
    {
        "RATELIMIT_STORAGE_URI", "RATELIMIT_STORAGE_URL", "RATE_LIMIT_STORAGE_URI", "FLASK_RATELIMIT_STORAGE_URI",
    };

    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Rate003,
        Name: "in-memory-rate-limit-storage",
        Category: Categories.Abuse,
        Severity: Severity.Medium,
        Confidence: Confidence.Medium,
        Kind: RuleKind.Static,
        Summary: "Checks whether the rate limiter stores its counters in process memory (`memory://`, given as `storage_uri`, "
            + "as `RATELIMIT_STORAGE_URI`, or by default when no storage is configured) while the server runs more than one "
            + "worker process (gunicorn/uvicorn/hypercorn worker count from the command line, gunicorn.conf.py or `WEB_CONCURRENCY`).",
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
            new RuleExample("Flask-Limiter with gunicorn -w 4", "python",
                Failing: "limiter = Limiter(get_remote_address, app=app)  # no storage: memory://",
                Passing: "limiter = Limiter(get_remote_address, app=app, storage_uri=os.environ[\"REDIS_URL\"])"),
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
        var facts = project.Facts;
        var environment = facts.Get(FactKeys.EnvironmentSettings).ToLookup(s => s.Name, StringComparer.Ordinal);
        var config = ProductionConfig.From(facts);
        var limiters = facts.Get(FactKeys.RateLimiters).Where(l => !CodePaths.IsTest(l.Location.Path)).ToList();
        // A limiter whose storage_uri reads RATELIMIT_STORAGE_URI itself leaves the choice to the configuration.
        var fromConfiguration = limiters.Where(l => l.Storage is null || (l.StorageSetting is { } name && StorageSettings.Contains(name))).ToList();
        var settings = facts.Get(FactKeys.EnvironmentSettings).Where(s => StorageSettings.Contains(s.Name)).ToList();
        var configValues = config.Values.Where(v => StorageSettings.Contains(v.Name)).ToList();

        var storages = new List<Storage>();
        foreach (var limiter in limiters.Except(fromConfiguration))
            if (FromArgument(limiter, config, environment) is { } storage) storages.Add(storage);
        // The constructor argument wins over configuration, so configuration only counts for limiters that leave storage to it
        // (or when the limiter itself was not seen, e.g. it is created in a package outside the scanned folder).
        if (limiters.Count == 0 || fromConfiguration.Count > 0)
        {
            storages.AddRange(settings.Select(s => new Storage(s.Value.Trim(), s.Location, $"{s.Name}={s.Value.Trim()} ({s.Origin})")));
            foreach (var value in configValues)
                if (Resolve(value.Value, environment) is { } uri) storages.Add(new Storage(uri, value.Location, Explain(value.Name, value.Value, uri, environment)));
        }
        // Storage configured nowhere: Flask-Limiter and slowapi both fall back to memory://.
        if (fromConfiguration.Count == limiters.Count && settings.Count == 0 && configValues.Count == 0)
        {
            var opaque = facts.Get(FactKeys.ConfigSources).FirstOrDefault(s => s.Kind is "pyfile" or "envvar" or "prefixed_env");
            storages.AddRange(fromConfiguration.Select(l => new Storage("memory://", l.Location,
                $"no storage_uri and no RATELIMIT_STORAGE_URI setting: {l.Library}'s default, memory://",
                opaque is null ? null : Confidence.Low)));
        }

        if (storages.Count == 0)
            return CheckOutcome.NotApplicable("no rate-limit storage found (no RATELIMIT_STORAGE_URI setting, no limiter storage in code)");

        var servers = EffectiveServerSettings.Resolve(facts);
        if (servers.Count == 0)
            return CheckOutcome.Manual("no gunicorn, uvicorn or hypercorn command found, so the number of worker processes is unknown");
        var inMemory = storages.Where(s => s.IsInProcessMemory).ToList();
        var busiest = servers.MaxBy(s => s.Workers ?? 1)!;
        var workers = busiest.Workers ?? 1;
        if (workers <= 1)
        {
            if (inMemory.Count > 0 && servers.FirstOrDefault(s => s.Has(ServerOptions.Workers) && s.Workers is null) is { } computed)
                return CheckOutcome.Manual($"rate-limit counters are in process memory ({inMemory[0].Location}) and the worker count is computed at start ({computed.Settings[ServerOptions.Workers].Location})");
            return CheckOutcome.Pass($"one worker process ({busiest.Command.Server.Kind.ToString().ToLowerInvariant()} at {busiest.Command.Location})");
        }

        var evidence = new Evidence[] { new NoteEvidence($"{workers} worker processes: {busiest.Settings[ServerOptions.Workers].Location}") };
        foreach (var storage in inMemory)
            project.Report(storage.Location, $"rate-limit counters are kept in process memory ({storage.Source}) while {workers} worker processes run: each counts separately",
                evidence: evidence, confidence: storage.Confidence);
        return CheckOutcome.Pass();
    }

    // storage_uri=...: a literal, an environment read (resolved against what the project's env files and compose
    // set, else its default), or a configuration value other than the storage setting (settings.REDIS_URL).
    private static Storage? FromArgument(RateLimiterFact limiter, ProductionConfig config, ILookup<string, EnvironmentSettingFact> environment)
    {
        var value = limiter.Storage!;
        if (limiter.StorageSetting is { } name && value is PythonValue.Unknown)
        {
            var setting = config.Values.FirstOrDefault(v => string.Equals(v.Name, name, StringComparison.OrdinalIgnoreCase));
            var uri = setting is null ? environment[name].FirstOrDefault()?.Value.Trim() : Resolve(setting.Value, environment);
            return uri is null ? null : new Storage(uri, value.Location, $"storage_uri={name}, which is {uri}");
        }

        return Resolve(value, environment) is { } resolved ? new Storage(resolved, value.Location, Explain("storage_uri", value, resolved, environment)) : null;
    }

    private static string Explain(string name, PythonValue value, string uri, ILookup<string, EnvironmentSettingFact> environment) =>
        value is not PythonValue.Environment read ? $"{name}={value}"
        : environment[read.Variable].FirstOrDefault() is { } set ? $"{name} reads {read.Variable}, which {set.Location.Path} sets to {uri}"
        : $"{name} reads {read.Variable}, which nothing in the project sets, so its default {uri} runs";

    // A literal, or an environment read: the value the env files or compose set, else the default that runs when unset.
    private static string? Resolve(PythonValue value, ILookup<string, EnvironmentSettingFact> environment) =>
        (value is PythonValue.Environment read && environment[read.Variable].FirstOrDefault() is { } set
            ? set.Value
            : value.WhenUnset?.AsString)?.Trim();

    /// <summary>Where counters are kept, where that is decided, and how it reads in a message.</summary>
    private sealed record Storage(string Uri, Location Location, string Source, Confidence? Confidence = null)
    {
        /// <summary>Counters in the process's own memory: each worker counts separately and restarts reset them.</summary>
        public bool IsInProcessMemory => Uri.StartsWith("memory://", StringComparison.OrdinalIgnoreCase);
    }
}
