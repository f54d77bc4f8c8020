using System.Collections.Frozen;

namespace Shipshape.Config.Servers;

/// <summary>
/// The command-line options each server accepts that matter for production readiness, mapped to
/// canonical names so rules ask one question ("workers?") whatever the server.
/// Facts from the servers' documentation: gunicorn settings, uvicorn and hypercorn CLI, waitress-serve, flask run.
/// </summary>
public static class ServerOptions
{
    public const string Workers = "workers";
    public const string Threads = "threads";
    public const string Timeout = "timeout";
    public const string MaxRequests = "max-requests";
    public const string Bind = "bind";
    public const string Host = "host";
    public const string Port = "port";
    public const string WorkerClass = "worker-class";
    public const string Config = "config";
    public const string Reload = "reload";
    public const string Debug = "debug";

    /// <summary>Option spelling → (canonical name, whether it takes a value), per server.</summary>
    public static FrozenDictionary<string, (string Name, bool TakesValue)> For(ServerKind kind) => kind switch
    {
        ServerKind.Gunicorn => Gunicorn,
        ServerKind.Uvicorn => Uvicorn,
        ServerKind.Hypercorn => Hypercorn,
        ServerKind.Waitress => Waitress,
        ServerKind.FlaskRun => FlaskRun,
        ServerKind.DjangoRunserver => Django,
        _ => FrozenDictionary<string, (string, bool)>.Empty,
    };

    private static readonly FrozenDictionary<string, (string, bool)> Gunicorn = new Dictionary<string, (string, bool)>
    {
        ["-w"] = (Workers, true), ["--workers"] = (Workers, true),
        ["--threads"] = (Threads, true),
        ["-t"] = (Timeout, true), ["--timeout"] = (Timeout, true),
        ["--max-requests"] = (MaxRequests, true),
        ["-b"] = (Bind, true), ["--bind"] = (Bind, true),
        ["-k"] = (WorkerClass, true), ["--worker-class"] = (WorkerClass, true),
        ["-c"] = (Config, true), ["--config"] = (Config, true),
        ["--reload"] = (Reload, false),
        ["--max-requests-jitter"] = ("max-requests-jitter", true), ["--graceful-timeout"] = ("graceful-timeout", true),
        ["--keep-alive"] = ("keep-alive", true), ["--log-level"] = ("log-level", true), ["--access-logfile"] = ("access-logfile", true),
        ["--error-logfile"] = ("error-logfile", true), ["--chdir"] = ("chdir", true), ["-e"] = ("env", true), ["--env"] = ("env", true),
        ["--preload"] = ("preload", false), ["--name"] = ("name", true), ["--worker-tmp-dir"] = ("worker-tmp-dir", true),
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, (string, bool)> Uvicorn = new Dictionary<string, (string, bool)>
    {
        ["--workers"] = (Workers, true),
        ["--reload"] = (Reload, false),
        ["--host"] = (Host, true), ["--port"] = (Port, true),
        ["--limit-max-requests"] = (MaxRequests, true),
        ["--timeout-keep-alive"] = (Timeout, true),
        ["--log-level"] = ("log-level", true), ["--proxy-headers"] = ("proxy-headers", false), ["--forwarded-allow-ips"] = ("forwarded-allow-ips", true),
        ["--app-dir"] = ("app-dir", true), ["--factory"] = ("factory", false), ["--uds"] = ("uds", true), ["--root-path"] = ("root-path", true),
        ["--env-file"] = ("env-file", true), ["--loop"] = ("loop", true), ["--http"] = ("http", true), ["--reload-dir"] = ("reload-dir", true),
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, (string, bool)> Hypercorn = new Dictionary<string, (string, bool)>
    {
        ["-w"] = (Workers, true), ["--workers"] = (Workers, true),
        ["-b"] = (Bind, true), ["--bind"] = (Bind, true),
        ["-k"] = (WorkerClass, true), ["--worker-class"] = (WorkerClass, true),
        ["-c"] = (Config, true), ["--config"] = (Config, true),
        ["--reload"] = (Reload, false),
        ["--max-requests"] = (MaxRequests, true),
        ["--graceful-timeout"] = (Timeout, true),
        ["--log-level"] = ("log-level", true), ["--access-logfile"] = ("access-logfile", true), ["--error-logfile"] = ("error-logfile", true),
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, (string, bool)> Waitress = new Dictionary<string, (string, bool)>
    {
        ["--threads"] = (Threads, true),
        ["--listen"] = (Bind, true),
        ["--host"] = (Host, true), ["--port"] = (Port, true),
        ["--channel-timeout"] = (Timeout, true),
        ["--call"] = ("call", false),
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, (string, bool)> FlaskRun = new Dictionary<string, (string, bool)>
    {
        ["-h"] = (Host, true), ["--host"] = (Host, true),
        ["-p"] = (Port, true), ["--port"] = (Port, true),
        ["--reload"] = (Reload, false), ["--debug"] = (Debug, false), ["--app"] = ("app", true),
        ["--with-threads"] = ("with-threads", false), ["--cert"] = ("cert", true),
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, (string, bool)> Django = new Dictionary<string, (string, bool)>
    {
        ["--settings"] = ("settings", true), ["--noreload"] = ("noreload", false),
    }.ToFrozenDictionary();
}
