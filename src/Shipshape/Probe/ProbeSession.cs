using System.Collections.Concurrent;
using Shipshape.Model;
using Shipshape.Probe.Http;
using Shipshape.Probe.Observatory;

namespace Shipshape.Probe;

/// <summary>
/// What all checks of one probe share: the options, the static hints, the client (scope, budget,
/// exchange log), the Observatory retrieval and grade, and GETs made once and reused by every check
/// that needs the same page.
/// </summary>
public sealed class ProbeSession
{
    private readonly ConcurrentDictionary<string, Lazy<Task<ProbeExchange>>> _pages = new(StringComparer.Ordinal);
    private readonly Lazy<Task<LoginEndpoint?>> _login;
    private int _loginPosts;

    public ProbeSession(ProbeOptions options, ProbeHints hints, ProbeClient client, ObservatoryInput observatoryInput,
        ObservatoryResult? observatory, string? observatoryRefusal, Func<RuleMetadata, Severity> severityOf)
    {
        SeverityOf = severityOf;
        Options = options;
        Hints = hints;
        Client = client;
        ObservatoryInput = observatoryInput;
        Observatory = observatory;
        ObservatoryRefusal = observatoryRefusal;
        _login = new(() => LoginEndpoint.FindAsync(this, CancellationToken.None));
    }

    public ProbeOptions Options { get; }

    /// <summary>A rule's effective severity (the config may override the rule's own).</summary>
    public Func<RuleMetadata, Severity> SeverityOf { get; }
    public ProbeHints Hints { get; }
    public ProbeClient Client { get; }
    public ProbeScope Scope => Client.Scope;
    public ObservatoryInput ObservatoryInput { get; }
    public ObservatoryResult? Observatory { get; }
    public string? ObservatoryRefusal { get; }

    /// <summary>The graded page: the target followed through its redirects (https when served).</summary>
    public ObservedFetch? Page => ObservatoryInput.Auto;

    /// <summary>Login POSTs sent so far by any check (a rate limit counts them all).</summary>
    public int LoginPosts => Volatile.Read(ref _loginPosts);

    public void CountLoginPost() => Interlocked.Increment(ref _loginPosts);

    public Uri Resolve(string pathAndQuery) => new(Scope.Target, pathAndQuery);

    /// <summary>A GET of a path on the target, sent once per probe however many checks ask for it (no cookies).</summary>
    public Task<ProbeExchange> GetOnceAsync(string pathAndQuery, CancellationToken cancellation) =>
        _pages.GetOrAdd(pathAndQuery, path => new Lazy<Task<ProbeExchange>>(
            () => Client.SendAsync(ProbeRequest.Get(Resolve(path), new HttpHeader("Accept", ObservatoryRetriever.Accept)), cancellation: cancellation))).Value;

    /// <summary>The app's login endpoint, found once: the user's --login-path, static hints, then common paths.</summary>
    public Task<LoginEndpoint?> LoginAsync() => _login.Value;
}
