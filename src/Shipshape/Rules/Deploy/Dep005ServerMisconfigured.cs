using Shipshape.Config.Servers;
using Shipshape.Model;

namespace Shipshape.Rules.Deploy;

/// <summary>
/// DEP005: a production server started with defaults that do not suit production — one worker, no
/// request timeout, workers never recycled — counting the command line, GUNICORN_CMD_ARGS,
/// gunicorn.conf.py and WEB_CONCURRENCY.
/// </summary>
public sealed class Dep005ServerMisconfigured : IProjectRule
{
    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Dep005,
        Name: "server-misconfigured",
        Category: Categories.Deploy,
        Severity: Severity.Low,
        Confidence: Confidence.Medium,
        Kind: RuleKind.Static,
        Summary: "Checks every gunicorn, uvicorn and hypercorn command (Dockerfile CMD, compose `command`, Procfile) for a worker "
            + "count, a request timeout (gunicorn) and worker recycling (`--max-requests`, uvicorn `--limit-max-requests`), "
            + "taking settings from the command line, `GUNICORN_CMD_ARGS`, gunicorn.conf.py and `WEB_CONCURRENCY`.",
        Why: "gunicorn and uvicorn default to one worker process: one slow request or a blocking call stalls every other "
            + "client, and a crash drops all in-flight requests. Without `--max-requests` a worker that leaks memory grows "
            + "until the container is killed; without a deliberate timeout a stuck request holds its worker for the default 30 s "
            + "or, behind a proxy with a shorter limit, fails in ways nobody tuned.",
        Fix: "Set the worker count and limits explicitly, e.g. a gunicorn.conf.py with `workers = multiprocessing.cpu_count() * 2 + 1`, "
            + "`timeout = 30`, `max_requests = 1000`, `max_requests_jitter = 100`; or `uvicorn main:app --workers 4 --limit-max-requests 1000`.",
        Examples:
        [
            new RuleExample("Dockerfile", "dockerfile",
                Failing: "CMD [\"gunicorn\", \"app:app\"]",
                Passing: "CMD [\"gunicorn\", \"-w\", \"4\", \"--timeout\", \"30\", \"--max-requests\", \"1000\", \"app:app\"]"),
        ],
        References:
        [
            RuleReference.Cwe(400, "Uncontrolled Resource Consumption"),
            RuleReference.Asvs("14.1.3", "Server configuration is hardened as per the recommendations of the application server and frameworks in use"),
            new RuleReference("gunicorn docs: Settings", "https://docs.gunicorn.org/en/stable/settings.html"),
            new RuleReference("uvicorn docs: Settings", "https://www.uvicorn.org/settings/"),
        ])
    {
        Requirement = "The app server sets its worker count, timeout and worker recycling",
    };

    public CheckOutcome Check(ProjectContext project)
    {
        var servers = EffectiveServerSettings.Resolve(project.Facts).Where(s => !s.Command.Server.Reload).ToList();
        if (servers.Count == 0)
            return CheckOutcome.NotApplicable("no gunicorn, uvicorn or hypercorn command in a Dockerfile, compose file or Procfile");
        foreach (var server in servers)
        {
            var missing = Missing(server).ToList();
            if (missing.Count > 0)
            {
                var name = server.Command.Server.Kind.ToString().ToLowerInvariant();
                project.Report(server.Command.Location, $"{name} runs with {string.Join(", ", missing)}");
            }
        }
        return CheckOutcome.Pass();
    }

    private static IEnumerable<string> Missing(EffectiveServerSettings server)
    {
        if (!server.Has(ServerOptions.Workers) && !server.Has(ServerOptions.Threads))
            yield return "the default single worker (no worker count set)";
        if (server.Command.Server.Kind == ServerKind.Gunicorn && !server.Has(ServerOptions.Timeout))
            yield return "no explicit request timeout";
        if (!server.Has(ServerOptions.MaxRequests))
            yield return "no worker recycling (max requests)";
    }
}
