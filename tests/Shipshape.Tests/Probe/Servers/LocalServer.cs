using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Shipshape.Tests.Probe.Servers;

/// <summary>
/// A real server process on 127.0.0.1 and a free port: started, waited for until it answers HTTP,
/// and killed with its whole process tree when disposed. Its output is kept for failure messages.
/// </summary>
public sealed class LocalServer : IAsyncDisposable
{
    /// <summary>Debian's interpreter: the python3-* packages the servers need are installed for it.</summary>
    public const string Python = "/usr/bin/python3";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private LocalServer(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }
    public Uri Url => new($"http://127.0.0.1:{Port}/");

    /// <summary>Folder of the server apps (copied to the test output).</summary>
    public static string AppsFolder => Path.Combine(AppContext.BaseDirectory, "Fixtures", "servers");

    /// <summary>Starts <paramref name="arguments"/> (with {port} replaced) and waits until it answers.</summary>
    public static async Task<LocalServer> StartAsync(string fileName, IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var port = FreePort();
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = AppsFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) info.ArgumentList.Add(argument.Replace("{port}", port.ToString()));
        info.Environment["PYTHONDONTWRITEBYTECODE"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) info.Environment[name] = value;

        var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {fileName}");
        var server = new LocalServer(process, port);
        process.OutputDataReceived += (_, e) => server.Append(e.Data);
        process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await server.WaitUntilAnsweringAsync(string.Join(' ', info.ArgumentList));
        return server;
    }

    public static Task<LocalServer> StartPythonAsync(params string[] arguments) => StartAsync(Python, arguments);

    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    private async Task WaitUntilAnsweringAsync(string commandLine)
    {
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseProxy = false })
            { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"server exited with {_process.ExitCode}: {commandLine}\n{Output}");
            try
            {
                using var response = await client.GetAsync(Url);
                return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                await Task.Delay(100);
            }
        }
        throw new TimeoutException($"server did not answer within {StartTimeout.TotalSeconds} s: {commandLine}\n{Output}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
