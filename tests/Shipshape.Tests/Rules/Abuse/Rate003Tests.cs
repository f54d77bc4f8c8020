using Shipshape.Model;
using Shipshape.Tests.Support;

namespace Shipshape.Tests.Rules.Abuse;

/// <summary>RATE003 cases the fixture folders cannot express: a manual outcome and a lowered confidence.</summary>
public sealed class Rate003Tests
{
    private const string FlaskLimiterApp = """
        from flask import Flask
        from flask_limiter import Limiter
        from flask_limiter.util import get_remote_address

        app = Flask(__name__)
        {0}
        limiter = Limiter(get_remote_address, app=app)
        """;

    private static Report Scan(TempTree tree) => Scans.Run(tree.Root, only: new HashSet<string> { "RATE003" });

    [Fact]
    public void Memory_storage_with_a_worker_count_computed_at_start_is_left_to_a_person()
    {
        using var tree = new TempTree()
            .File("app.py", string.Format(FlaskLimiterApp, ""))
            .File("Procfile", "web: gunicorn -c gunicorn.conf.py app:app\n")
            .File("gunicorn.conf.py", "import multiprocessing\n\nworkers = multiprocessing.cpu_count() * 2 + 1\n");

        var report = Scan(tree);

        Assert.Empty(report.Findings);
        var check = report.Check("RATE003");
        Assert.Equal(CheckStatus.Manual, check.Status);
        Assert.Contains("gunicorn.conf.py:3", check.Reason);
    }

    [Fact]
    public void The_default_storage_is_less_certain_when_configuration_is_loaded_from_a_file_outside_the_code()
    {
        using var tree = new TempTree()
            .File("app.py", string.Format(FlaskLimiterApp, "app.config.from_envvar('APP_SETTINGS')"))
            .File("Procfile", "web: gunicorn -w 4 app:app\n");

        var finding = Assert.Single(Scan(tree).Findings);

        Assert.Equal(("app.py", 7), (finding.Location!.Path, finding.Location.StartLine));
        Assert.Equal(Confidence.Low, finding.Confidence);
        Assert.Contains("Flask-Limiter's default, memory://", finding.Message);
        Assert.Contains("4 worker processes", finding.Message);
    }
}
