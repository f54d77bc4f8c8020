using Shipshape.Config;
using Shipshape.Config.Compose;
using Shipshape.Config.Docker;
using Shipshape.Discovery;
using Shipshape.Model;

namespace Shipshape.Rules.Deploy;

/// <summary>
/// DEP002: a container nothing watches. Dockerfiles: the final stage has no HEALTHCHECK (or
/// <c>HEALTHCHECK NONE</c>). Compose: a service without a restart policy, or an image-based service
/// without a healthcheck (a service built from the project's Dockerfile gets its HEALTHCHECK there).
/// </summary>
public sealed class Dep002NoHealthcheck : IFileRule
{
    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Dep002,
        Name: "no-healthcheck-or-restart-policy",
        Category: Categories.Deploy,
        Severity: Severity.Low,
        Confidence: Confidence.High,
        Kind: RuleKind.Static,
        Summary: "Checks that the image a Dockerfile ships declares a `HEALTHCHECK`, and that each compose service has a "
            + "restart policy (`restart:` or `deploy.restart_policy`) and, when it runs a ready-made `image:`, a `healthcheck:`. "
            + "Services behind a development profile and development-only compose files are not checked.",
        Why: "Without a health check the orchestrator only knows whether the process exists: an app that deadlocks, loses its "
            + "database or hangs on a full worker pool keeps receiving traffic and is never restarted. Without a restart "
            + "policy a crashed container stays down until someone notices.",
        Fix: "Add `HEALTHCHECK --interval=30s --timeout=3s CMD curl -fsS http://localhost:8000/health || exit 1` to the "
            + "Dockerfile (with a `/health` route), and `restart: unless-stopped` plus a `healthcheck:` to compose services.",
        Examples:
        [
            new RuleExample("Dockerfile", "dockerfile",
                Failing: "FROM python:3.12-slim\nUSER app\nCMD [\"gunicorn\", \"app:app\"]",
                Passing: "FROM python:3.12-slim\nUSER app\nHEALTHCHECK --interval=30s --timeout=3s CMD curl -fsS http://localhost:8000/health || exit 1\nCMD [\"gunicorn\", \"app:app\"]"),
            new RuleExample("compose", "yaml",
                Failing: "services:\n  web:\n    build: .",
                Passing: "services:\n  web:\n    build: .\n    restart: unless-stopped"),
        ],
        References:
        [
            RuleReference.Cwe(703, "Improper Check or Handling of Exceptional Conditions"),
            RuleReference.Asvs("14.1.3", "Server configuration is hardened as per the recommendations of the application server and frameworks in use"),
            new RuleReference("Dockerfile reference: HEALTHCHECK", "https://docs.docker.com/reference/dockerfile/#healthcheck"),
            new RuleReference("Compose file reference: restart", "https://docs.docker.com/reference/compose-file/services/#restart"),
        ])
    {
        Requirement = "Containers declare a health check and a restart policy",
    };

    public IReadOnlySet<FileKind> FileKinds { get; } = new HashSet<FileKind> { FileKind.Dockerfile, FileKind.Compose };

    public void Check(FileContext file)
    {
        if (ConfigSettings.IsDevelopmentFileName(file.Path))
            return;
        if (file.Kind == FileKind.Dockerfile)
            CheckDockerfile(file);
        else
            CheckCompose(file);
    }

    private void CheckDockerfile(FileContext file)
    {
        if (file.Parsed<DockerfileSource>().Dockerfile.FinalStage is not { } stage)
            return;
        switch (Dockerfile.Healthcheck(stage))
        {
            case null:
                file.Report(file.LocationToEndOfLine(stage.From.Position), "the final stage declares no `HEALTHCHECK`, so nothing detects a hung application");
                break;
            case { IsDisabled: true } disabled:
                file.Report(file.LocationToEndOfLine(disabled.Instruction.Position), "`HEALTHCHECK NONE` disables health checking of the final image");
                break;
        }
    }

    private void CheckCompose(FileContext file)
    {
        foreach (var service in file.Parsed<ComposeSource>().Compose.Services.Where(s => !ConfigSettings.IsDevelopmentService(s)))
        {
            var missing = new List<string>();
            if (!service.HasRestartPolicy)
                missing.Add(service.Restart is null ? "no restart policy" : $"`restart: {service.Restart.Value}`");
            if (service.Healthcheck is { IsDisabled: true })
                missing.Add("its healthcheck disabled");
            else if (service.Healthcheck is null && service.Build is null)
                missing.Add("no healthcheck");
            if (missing.Count > 0)
                file.Report(file.LocationAt(service.Position, service.Name.Length), $"service '{service.Name}' has {string.Join(" and ", missing)}");
        }
    }
}
