using System.Text.Json;
using Shipshape.Model;
using Shipshape.Probe.Evidence;
using Shipshape.Probe.Http;
using Shipshape.Rules;

namespace Shipshape.Probe.Checks.Observability;

/// <summary>OBS101: a health endpoint answers 200 quickly and says what it checked.</summary>
public sealed class Obs101HealthEndpoint : IProbeCheck
{
    /// <summary>Slower than this, an orchestrator's probe (typically 1 s timeout) counts the app as down.</summary>
    public static readonly TimeSpan MaxHealthyLatency = TimeSpan.FromSeconds(1);

    public static readonly string[] CommonPaths =
        ["/health", "/health/", "/healthz", "/ready", "/readyz", "/livez", "/status", "/api/health", "/_health", "/ping"];

    // Keys that describe the answer itself rather than a dependency that was checked.
    private static readonly HashSet<string> TrivialKeys = new(StringComparer.OrdinalIgnoreCase)
        { "status", "ok", "healthy", "message", "msg", "timestamp", "time", "uptime", "version", "service", "name" };

    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Obs101,
        Name: "health-endpoint-uninformative",
        Category: Categories.Observability,
        Severity: Severity.Medium,
        Confidence: Confidence.Medium,
        Kind: RuleKind.Dynamic,
        Summary: "Requests the health routes the static scan found and the usual ones (`/health`, `/healthz`, "
            + "`/ready`, `/status`, …); passes when one answers 200 within 1 s with a body that names what it "
            + "checked (a JSON object with a dependency entry such as `database` or `checks`). Fails when none "
            + "answers, when the answer is slow, or when it only says \"OK\".",
        Why: "Load balancers and orchestrators route traffic by this endpoint: one that answers \"OK\" while the "
            + "database is down keeps sending users to a broken instance, and one that is missing leaves "
            + "restarts and alerts to chance.",
        Fix: "Serve `/health` that runs a cheap query on each dependency and reports it, e.g. Flask: "
            + "`db.session.execute(text(\"SELECT 1\"))` then `return {\"status\": \"ok\", \"checks\": {\"database\": \"ok\"}}`, "
            + "answering 503 when a check fails.",
        Examples:
        [
            new RuleExample("health answer", "http",
                Failing: "GET /health HTTP/1.1\n\nHTTP/1.1 200 OK\n\nOK",
                Passing: "GET /health HTTP/1.1\n\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"status\": \"ok\", \"checks\": {\"database\": \"ok\"}}"),
        ],
        References:
        [
            RuleReference.Asvs("7.1.1", "Logging and monitoring of the application"),
            new RuleReference("Kubernetes: liveness, readiness and startup probes",
                "https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/"),
        ])
    {
        Requirement = "A health endpoint answers quickly and says what it checked",
    };

    public ProbePhase Phase => ProbePhase.Passive;

    public async Task<CheckOutcome> CheckAsync(ProbeCheckContext probe, CancellationToken cancellation)
    {
        var session = probe.Session;
        var paths = session.Hints.HealthPaths.Concat(CommonPaths).Distinct().ToList();
        var answers = await Task.WhenAll(paths.Select(p => session.GetOnceAsync(p, cancellation)));
        var healthy = answers.Where(a => a.Response is { Status: 200 }).ToList();
        if (healthy.Count == 0)
        {
            probe.Report($"no health endpoint answered 200 (tried {string.Join(", ", paths)})", "no health endpoint",
                new NoteEvidence(string.Join("; ", answers.Select(a => $"{a.Request.Line} → {a.Response?.Status.ToString() ?? a.Error}"))));
            return CheckOutcome.Fail();
        }

        var good = healthy.FirstOrDefault(a => a.Response!.Elapsed <= MaxHealthyLatency && NamedChecks(a.Response.Body).Count > 0);
        if (good is not null)
            return CheckOutcome.Pass($"{good.Request.Line} → 200 in {good.Response!.Elapsed.TotalMilliseconds:0} ms, checked: {string.Join(", ", NamedChecks(good.Response.Body))}");

        foreach (var answer in healthy)
        {
            var response = answer.Response!;
            var problem = response.Elapsed > MaxHealthyLatency
                ? $"answered in {response.Elapsed.TotalSeconds:0.0} s (over {MaxHealthyLatency.TotalSeconds:0} s)"
                : "answers 200 but does not say what it checked (database, cache, queues)";
            probe.Report($"{answer.Request.Url.PathAndQuery} {problem}", $"{answer.Request.Line} → 200",
                ExchangeEvidence.Of(answer, responseHeaders: ["Content-Type"], withBody: true));
        }
        return CheckOutcome.Fail();
    }

    /// <summary>The dependencies a health answer reports: non-trivial keys of a JSON object (one level into "checks"-like objects).</summary>
    public static IReadOnlyList<string> NamedChecks(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object) return [];
            var names = new List<string>();
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Value.ValueKind == JsonValueKind.Object)
                    names.AddRange(property.Value.EnumerateObject().Select(p => p.Name));
                else if (!TrivialKeys.Contains(property.Name))
                    names.Add(property.Name);
            }
            return names;
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
