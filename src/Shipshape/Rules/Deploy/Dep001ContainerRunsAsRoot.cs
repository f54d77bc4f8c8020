using Shipshape.Config;
using Shipshape.Config.Docker;
using Shipshape.Discovery;
using Shipshape.Model;

namespace Shipshape.Rules.Deploy;

/// <summary>DEP001: the image a Dockerfile ships (its final stage) runs its process as root.</summary>
public sealed class Dep001ContainerRunsAsRoot : IFileRule
{
    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Dep001,
        Name: "container-runs-as-root",
        Category: Categories.Deploy,
        Severity: Severity.Medium,
        Confidence: Confidence.High,
        Kind: RuleKind.Static,
        Summary: "Checks that the final stage of a Dockerfile switches to a non-root user. The user is followed through "
            + "the stages the final one builds on (`FROM base AS app`) and `ARG`/`ENV` references (`USER ${APP_USER}`) are expanded.",
        Why: "Without `USER`, the application runs as root (uid 0) inside the container. Any code execution bug — a "
            + "deserialisation flaw, the Werkzeug debugger, a template injection — then has root's rights over the "
            + "container's files and a much shorter path to the host through a kernel or runtime escape.",
        Fix: "Create an unprivileged user and switch to it before the start command: "
            + "`RUN useradd --create-home --uid 10001 app` then `USER app` (or `USER 10001`).",
        Examples:
        [
            new RuleExample("Dockerfile", "dockerfile",
                Failing: "FROM python:3.12-slim\nCOPY . /app\nCMD [\"gunicorn\", \"app:app\"]",
                Passing: "FROM python:3.12-slim\nRUN useradd --create-home --uid 10001 app\nCOPY --chown=app . /app\nUSER app\nCMD [\"gunicorn\", \"app:app\"]"),
        ],
        References:
        [
            RuleReference.Cwe(250, "Execution with Unnecessary Privileges"),
            RuleReference.Asvs("14.1.3", "Server configuration is hardened as per the recommendations of the application server and frameworks in use"),
            new RuleReference("Docker docs: Dockerfile best practices, USER", "https://docs.docker.com/build/building/best-practices/#user"),
        ])
    {
        Requirement = "The container runs as a non-root user",
    };

    public IReadOnlySet<FileKind> FileKinds { get; } = new HashSet<FileKind> { FileKind.Dockerfile };

    public void Check(FileContext file)
    {
        var dockerfile = file.Parsed<DockerfileSource>().Dockerfile;
        if (dockerfile.FinalStage is not { Image.IsScratch: false } stage)
            return;
        var user = dockerfile.EffectiveUser(stage);
        if (!user.IsRoot)
            return;
        if (user.Instruction is { } explicitRoot)
            file.Report(file.LocationToEndOfLine(explicitRoot.Position), $"the final stage switches to `USER {explicitRoot.Arguments.Trim()}`, so the application runs as root");
        else
            file.Report(file.LocationToEndOfLine(stage.From.Position), "the final stage has no `USER` instruction, so the application runs as root");
    }
}
