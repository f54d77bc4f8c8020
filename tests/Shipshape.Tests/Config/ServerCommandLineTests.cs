using Shipshape.Config;
using Shipshape.Config.Servers;

namespace Shipshape.Tests.Config;

public sealed class ServerCommandLineTests
{
    private static ServerInvocation Single(string commandLine) => Assert.Single(ServerCommandLine.Parse(commandLine));

    [Fact]
    public void Gunicorn_options_in_every_spelling()
    {
        var server = Single("gunicorn -w4 --threads=2 -t 30 --max-requests 500 -b 0.0.0.0:8000 -k gevent -c gunicorn.conf.py app:app");

        Assert.Equal(ServerKind.Gunicorn, server.Kind);
        Assert.Equal(4, server.Workers);
        Assert.Equal(2, server.IntOption(ServerOptions.Threads));
        Assert.Equal(30, server.IntOption(ServerOptions.Timeout));
        Assert.Equal(500, server.IntOption(ServerOptions.MaxRequests));
        Assert.Equal("0.0.0.0:8000", server.Option(ServerOptions.Bind));
        Assert.Equal("gevent", server.Option(ServerOptions.WorkerClass));
        Assert.Equal("gunicorn.conf.py", server.Option(ServerOptions.Config));
        Assert.Equal(["app:app"], server.Arguments.ToArray());
        Assert.False(server.IsDevelopmentServer);
    }

    [Theory]
    [InlineData("uvicorn main:app --reload --host 0.0.0.0", ServerKind.Uvicorn, true)]
    [InlineData("python -m uvicorn main:app --workers 2", ServerKind.Uvicorn, false)]
    [InlineData("hypercorn -w 2 -b :8000 app:app", ServerKind.Hypercorn, false)]
    [InlineData("waitress-serve --threads=8 --listen=*:8080 app:app", ServerKind.Waitress, false)]
    [InlineData("flask run --host=0.0.0.0", ServerKind.FlaskRun, true)]
    [InlineData("python -m flask --app app run", ServerKind.FlaskRun, true)]
    [InlineData("python manage.py runserver 0.0.0.0:8000", ServerKind.DjangoRunserver, true)]
    [InlineData("./manage.py runserver", ServerKind.DjangoRunserver, true)]
    [InlineData("python3 -u app.py", ServerKind.PythonScript, true)]
    [InlineData("/usr/local/bin/gunicorn app:app", ServerKind.Gunicorn, false)]
    public void Servers_are_recognised(string commandLine, ServerKind kind, bool isDevelopment)
    {
        var server = Single(commandLine);

        Assert.Equal(kind, server.Kind);
        Assert.Equal(isDevelopment, server.IsDevelopmentServer);
    }

    [Theory]
    [InlineData("flask db upgrade")]
    [InlineData("python manage.py migrate")]
    [InlineData("celery -A tasks worker")]
    [InlineData("python -c 'print(1)'")]
    [InlineData("")]
    public void Commands_that_start_no_server_are_ignored(string commandLine)
    {
        Assert.Empty(ServerCommandLine.Parse(commandLine));
    }

    [Fact]
    public void Wrappers_chains_and_nested_shells_are_looked_through()
    {
        var servers = ServerCommandLine.Parse(["sh", "-c", "flask db upgrade && exec env PORT=8000 gunicorn -w ${WEB_CONCURRENCY:-3} app:app"]);

        var server = Assert.Single(servers);
        Assert.Equal(ServerKind.Gunicorn, server.Kind);
        Assert.Equal(3, server.Workers);
    }

    [Fact]
    public void A_variable_without_default_is_set_but_unknown()
    {
        var server = Single("gunicorn --workers $WORKERS app:app");

        Assert.True(server.HasOption(ServerOptions.Workers));
        Assert.Null(server.Workers);
    }

    [Fact]
    public void Procfile_lines_are_read_with_positions()
    {
        var procfile = ProcfileParser.Parse(ConfigFixtures.Read("servers/Procfile"));

        Assert.Equal(["web", "release", "worker", "dev"], procfile.Entries.Select(e => e.ProcessType));
        var web = procfile.Entries[0];
        Assert.Equal(new SourcePosition(2, 1), web.Position);
        Assert.Equal(new SourcePosition(2, 6), web.CommandPosition);
        Assert.Equal(3, Single(web.Command).Workers);
        Assert.Equal(new SourcePosition(5, 3), procfile.Entries[3].Position);
        Assert.Equal(new SourcePosition(5, 9), procfile.Entries[3].CommandPosition);
        Assert.Equal(6, Assert.Single(procfile.Diagnostics).Position.Line);
    }
}
