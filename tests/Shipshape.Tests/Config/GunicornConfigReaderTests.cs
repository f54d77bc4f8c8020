using Shipshape.Config.Servers;
using Shipshape.Python;

namespace Shipshape.Tests.Config;

public sealed class GunicornConfigReaderTests
{
    [Fact]
    public void Top_level_settings_are_read_with_literal_or_computed_values()
    {
        const string source = """
            import multiprocessing
            bind = ["0.0.0.0:8000", "[::]:8000"]
            workers = multiprocessing.cpu_count() * 2 + 1
            timeout = 60
            max_requests = 1000
            reload = False
            accesslog = "-"

            def on_starting(server):
                workers = 1
            """;

        var settings = GunicornConfigReader.Read(PythonParser.Parse(source));

        Assert.Equal(
            [(ServerOptions.Bind, "0.0.0.0:8000"), (ServerOptions.Workers, null), (ServerOptions.Timeout, "60"),
             (ServerOptions.MaxRequests, "1000"), (ServerOptions.Reload, "false")],
            settings.Select(s => (s.Name, s.Value)));
        Assert.Equal("workers", source[settings[1].Range.Start..settings[1].Range.End]);
    }

    [Fact]
    public void A_setting_read_from_the_environment_takes_its_default()
    {
        const string source = """
            import os
            from os import getenv as env
            workers = int(os.getenv("GUNICORN_WORKERS", "4"))
            threads = int(os.environ.get("GUNICORN_THREADS", 2))
            timeout = int(env("GUNICORN_TIMEOUT", default="30"))
            max_requests = int(os.getenv("MAX_REQUESTS"))
            bind = os.getenv("BIND", "0.0.0.0:8000")
            """;

        var settings = GunicornConfigReader.Read(PythonParser.Parse(source));

        Assert.Equal(
            [(ServerOptions.Workers, "4"), (ServerOptions.Threads, "2"), (ServerOptions.Timeout, "30"),
             (ServerOptions.MaxRequests, null), (ServerOptions.Bind, "0.0.0.0:8000")],
            settings.Select(s => (s.Name, s.Value)));
    }
}
