using Shipshape.Config;
using Shipshape.Config.Compose;
using Shipshape.Config.Docker;
using Shipshape.Config.Servers;
using Shipshape.Discovery;
using Shipshape.Facts;
using Shipshape.Facts.Python;
using Shipshape.Model;
using Shipshape.Python.Ast;

using Shipshape.Rules.Python;

namespace Shipshape.Rules.Debug;

/// <summary>
/// DBG003: a development server used to serve the application. This file hosts every form of the
/// rule, dispatched by file kind: the process forms (Dockerfile CMD/ENTRYPOINT of the final stage,
/// compose <c>command</c>, Procfile <c>web</c>) and the Python form: <c>app.run()</c> at module level
/// outside an <c>if __name__ == '__main__':</c> guard, which starts the development server even when
/// gunicorn imports the module (under the guard it only runs as a script, which the process forms catch).
/// </summary>
public sealed class Dbg003DevelopmentServer : IFileRule
{
    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Dbg003,
        Name: "development-server",
        Category: Categories.Debug,
        Severity: Severity.High,
        Confidence: Confidence.Medium,
        Kind: RuleKind.Static,
        Summary: "Checks the command that starts the application — the final stage's CMD/ENTRYPOINT of a Dockerfile, "
            + "a compose service's `command`, a Procfile `web` process — for a development server: `flask run`, "
            + "`manage.py runserver`, `python app.py`, or any server started with `--reload`; and, in Python, a Flask "
            + "`app.run()` at module level outside `if __name__ == '__main__':`, which runs on import.",
        Why: "Werkzeug's and Django's development servers are built for one developer: they are not hardened, handle "
            + "requests with little concurrency, and their own documentation says not to use them in production. "
            + "`python app.py` usually reaches `app.run()`, the same server; `--reload` watches files and restarts the "
            + "process, which production must not do.",
        Fix: "Start a production server: `gunicorn -w 4 -b 0.0.0.0:8000 app:app` (Flask, Django via `project.wsgi`), "
            + "`uvicorn main:app --workers 4` or `gunicorn -k uvicorn.workers.UvicornWorker main:app` (FastAPI), "
            + "or `waitress-serve app:app` on Windows.",
        Examples:
        [
            new RuleExample("Dockerfile", "dockerfile",
                Failing: "FROM python:3.12-slim\nCOPY . /app\nCMD [\"flask\", \"run\", \"--host=0.0.0.0\"]",
                Passing: "FROM python:3.12-slim\nCOPY . /app\nCMD [\"gunicorn\", \"-w\", \"4\", \"-b\", \"0.0.0.0:8000\", \"app:app\"]"),
            new RuleExample("Procfile", "text",
                Failing: "web: python app.py",
                Passing: "web: gunicorn -w 4 app:app"),
        ],
        References:
        [
            RuleReference.Cwe(489, "Active Debug Code"),
            RuleReference.Asvs("14.3.2", "Web or application server and application framework debug modes are disabled in production"),
            new RuleReference("Flask docs: Deploying to Production", "https://flask.palletsprojects.com/en/stable/deploying/"),
            new RuleReference("Django docs: runserver", "https://docs.djangoproject.com/en/stable/ref/django-admin/#runserver"),
        ])
    {
        Requirement = "A production server (gunicorn, uvicorn, waitress) starts the app, not a development server",
    };

    public IReadOnlySet<FileKind> FileKinds { get; } = new HashSet<FileKind> { FileKind.Dockerfile, FileKind.Compose, FileKind.Procfile, FileKind.Python };

    public void Check(FileContext file)
    {
        switch (file.Kind)
        {
            case FileKind.Dockerfile:
                CheckDockerfile(file);
                break;
            case FileKind.Compose:
                CheckCompose(file);
                break;
            case FileKind.Procfile:
                CheckProcfile(file);
                break;
            case FileKind.Python when !PythonModuleName.IsTest(file.Path):
                CheckPython(file);
                break;
        }
    }

    private void CheckDockerfile(FileContext file)
    {
        if (ConfigSettings.IsDevelopmentFileName(file.Path) || file.Parsed<DockerfileSource>().Dockerfile.FinalStage is not { } stage)
            return;
        if (DockerStartCommand.Instruction(stage) is not { } start)
            return;
        foreach (var server in DockerStartCommand.Servers(stage).Where(s => s.IsDevelopmentServer))
            file.Report(file.LocationToEndOfLine(start.Position), Message(server, "the container's start command"));
    }

    private void CheckCompose(FileContext file)
    {
        if (ConfigSettings.IsDevelopmentFileName(file.Path))
            return;
        foreach (var service in file.Parsed<ComposeSource>().Compose.Services.Where(s => !ConfigSettings.IsDevelopmentService(s)))
        {
            if (ComposeCommands.StartWords(service) is not { } command)
                continue;
            // A plain script only counts when the service serves traffic; "python worker.py" may be a job.
            foreach (var server in ServerCommandLine.Parse(command.Words).Where(s => s.IsDevelopmentServer))
            {
                if (server.Kind != ServerKind.PythonScript || !service.Ports.IsEmpty)
                    file.Report(file.LocationToEndOfLine(command.Position), Message(server, $"service '{service.Name}'"));
            }
        }
    }

    // app.run() on import: the dev server starts inside whatever imports the module, gunicorn included.
    private void CheckPython(FileContext file)
    {
        var index = file.Parsed<PythonIndex>();
        var apps = WebObjects.Find(index);
        foreach (var site in index.Calls)
        {
            if (site is not { Call: { Func: Shipshape.Python.Ast.Attribute { Attr: "run", Value: Name receiver } } call, Function: null, InMainGuard: false }) continue;
            if (!apps.TryGetValue(receiver.Id, out var app) || app is not { Kind: WebObjectKind.App, Framework: Framework.Flask }) continue;
            file.Report(file.LocationOf(call.Range), $"`{receiver.Id}.run()` runs at import time, outside `if __name__ == '__main__':`: "
                + "Werkzeug's development server starts even when a production server imports the module");
        }
    }

    private void CheckProcfile(FileContext file)
    {
        foreach (var entry in file.Parsed<ProcfileSource>().Procfile.Entries.Where(e => e.ProcessType == "web"))
        {
            foreach (var server in ServerCommandLine.Parse(entry.Command).Where(s => s.IsDevelopmentServer))
                file.Report(file.LocationToEndOfLine(entry.CommandPosition), Message(server, "the Procfile web process"));
        }
    }

    private static string Message(ServerInvocation server, string where) => server.Kind switch
    {
        ServerKind.FlaskRun => $"{where} runs `flask run`, Werkzeug's development server",
        ServerKind.DjangoRunserver => $"{where} runs `manage.py runserver`, Django's development server",
        ServerKind.PythonScript => $"{where} runs `{server.CommandText}`, which starts the framework's development server when the script calls `app.run()`",
        _ => $"{where} runs {server.Kind.ToString().ToLowerInvariant()} with `--reload`, a development mode that restarts on file changes",
    };
}
