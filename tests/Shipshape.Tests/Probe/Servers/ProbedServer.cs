using Shipshape.Model;
using Shipshape.Probe;
using Shipshape.Rules;

namespace Shipshape.Tests.Probe.Servers;

/// <summary>
/// A test server started once per test class and probed once, actively and trying default
/// credentials, so every test of the class asserts on the same real run.
/// </summary>
public abstract class ProbedServer : IAsyncLifetime
{
    private LocalServer? _server;

    public LocalServer Server => _server ?? throw new InvalidOperationException("not started");
    public ProbeOutcome Outcome { get; private set; } = null!;

    protected abstract Task<LocalServer> StartAsync();

    public async Task InitializeAsync()
    {
        _server = await StartAsync();
        var options = new ProbeOptions(_server.Url, Active: true, TryDefaultCredentials: true);
        Outcome = await ProbeRunner.RunAsync(options, ProbeHints.None, ProbeRunner.AllChecks(RuleRegistry.Default));
    }

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
    }

    public CheckResult Check(string ruleId) =>
        Outcome.Checks.Single(c => c.RuleId == ruleId);

    public IReadOnlyList<Finding> Findings(string ruleId) => Outcome.Findings.Where(f => f.RuleId == ruleId).ToList();

    /// <summary>Asserts a check's status, showing its reason and findings when it differs.</summary>
    public void AssertStatus(CheckStatus expected, params string[] ruleIds)
    {
        foreach (var ruleId in ruleIds)
        {
            var check = Check(ruleId);
            Assert.True(check.Status == expected,
                $"{ruleId}: expected {expected.Id()}, got {check.Status.Id()} ({check.Reason}); findings: "
                + string.Join(" | ", Findings(ruleId).Select(f => f.Message)) + "\n" + Server.Output);
        }
    }
}

public sealed class FlaskInsecureServer : ProbedServer
{
    protected override Task<LocalServer> StartAsync() => LocalServer.StartPythonAsync("flask_insecure.py", "{port}");
}

public sealed class FlaskHardenedServer : ProbedServer
{
    protected override Task<LocalServer> StartAsync() =>
        LocalServer.StartPythonAsync("-m", "gunicorn", "--bind", "127.0.0.1:{port}", "--workers", "1", "flask_hardened:app");
}

public sealed class FastApiServer : ProbedServer
{
    protected override Task<LocalServer> StartAsync() =>
        LocalServer.StartPythonAsync("-m", "uvicorn", "--host", "127.0.0.1", "--port", "{port}", "fastapi_app:app");
}

public sealed class DjangoDebugServer : ProbedServer
{
    protected override Task<LocalServer> StartAsync() =>
        LocalServer.StartPythonAsync("django_app.py", "runserver", "127.0.0.1:{port}", "--noreload");
}

public sealed class DjangoDeployServer : ProbedServer
{
    protected override Task<LocalServer> StartAsync() =>
        LocalServer.StartAsync(LocalServer.Python, ["-m", "gunicorn", "--bind", "127.0.0.1:{port}", "--workers", "1", "django_app:application"],
            new Dictionary<string, string> { ["SHIPSHAPE_DJANGO_MODE"] = "deploy" });
}
