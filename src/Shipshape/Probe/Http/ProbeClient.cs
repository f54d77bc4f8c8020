using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Security;
using System.Net;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Text;
using Shipshape.Model;

namespace Shipshape.Probe.Http;

/// <summary>
/// The probe's only way onto the network. Every request is checked against the scope (origin and
/// method), counted against a budget, limited to a few at a time and given its own timeout;
/// redirects and cookies are never handled automatically; every exchange is recorded.
/// </summary>
public sealed class ProbeClient : IDisposable
{
    public const int MaxBodyChars = 512 * 1024;
    public const int MaxRedirects = 10;
    public const string UserAgent = "shipshape-probe/0.1";

    private readonly HttpClient _verifying;
    private readonly Lazy<HttpClient> _lenient;
    private readonly SemaphoreSlim _concurrency;
    private readonly int _maxRequests;
    private readonly TimeSpan _timeout;
    private readonly List<ProbeExchange> _exchanges = [];
    private readonly Lock _exchangesLock = new();
    private readonly ConcurrentDictionary<string, SslPolicyErrors> _rejectedCertificates = new(); // by host
    private int _requestsSent;

    public ProbeClient(ProbeScope scope, int maxRequests = 200, TimeSpan? timeout = null, int maxConcurrency = 4)
    {
        Scope = scope;
        _maxRequests = maxRequests;
        _timeout = timeout ?? TimeSpan.FromSeconds(10);
        _concurrency = new SemaphoreSlim(maxConcurrency);
        _verifying = CreateClient(verifyCertificates: true);
        _lenient = new Lazy<HttpClient>(() => CreateClient(verifyCertificates: false));
    }

    public ProbeScope Scope { get; }

    /// <summary>Requests actually sent (refused ones are not counted).</summary>
    public int RequestsSent => Volatile.Read(ref _requestsSent);

    public int RequestsLeft => Math.Max(0, _maxRequests - RequestsSent);

    public IReadOnlyList<ProbeExchange> Exchanges
    {
        get { lock (_exchangesLock) return _exchanges.ToArray(); }
    }

    public async Task<ProbeExchange> SendAsync(ProbeRequest request, CookieJar? jar = null, CancellationToken cancellation = default)
    {
        if (!Scope.Allows(request.Url))
            return Record(new ProbeExchange(request, null, ProbeFailure.NotAllowed, $"{ProbeScope.OriginOf(request.Url)} is outside the probed origin"));
        if (!Scope.Allows(request.Method))
            return Record(new ProbeExchange(request, null, ProbeFailure.NotAllowed, $"{request.Method} needs --active"));
        if (Interlocked.Increment(ref _requestsSent) > _maxRequests)
        {
            Interlocked.Decrement(ref _requestsSent);
            return Record(new ProbeExchange(request, null, ProbeFailure.BudgetExhausted, $"request budget of {_maxRequests} spent"));
        }

        if (jar?.Header is { } cookie) request = request.WithHeader("Cookie", cookie);
        await _concurrency.WaitAsync(cancellation);
        try
        {
            var exchange = await TransmitAsync(request, cancellation);
            if (exchange.Response is not null) jar?.Store(exchange.Response);
            return Record(exchange);
        }
        finally
        {
            _concurrency.Release();
        }
    }

    /// <summary>
    /// Sends a GET and follows its redirects by hand (at most <see cref="MaxRedirects"/>), carrying the
    /// jar's cookies. A redirect leaving the scope is recorded as the last hop but not followed.
    /// </summary>
    public async Task<RedirectChain> FollowAsync(ProbeRequest request, CookieJar? jar = null, CancellationToken cancellation = default)
    {
        var hops = new List<ProbeExchange>();
        for (var i = 0; i <= MaxRedirects; i++)
        {
            var exchange = await SendAsync(request, jar, cancellation);
            hops.Add(exchange);
            if (exchange.Response is not { } response || !IsRedirect(response.Status)) break;
            if (response.Headers.Combined("location") is not { } location
                || !Uri.TryCreate(request.Url, location, out var next)) break;
            if (!Scope.Allows(next))
                return new RedirectChain(hops, next);
            request = request with { Url = next, Headers = new HeaderList(request.Headers.Where(h => !h.Name.Equals("Cookie", StringComparison.OrdinalIgnoreCase))) };
        }
        return new RedirectChain(hops, null);
    }

    public static bool IsRedirect(int status) => status is 301 or 302 or 303 or 307 or 308;

    private async Task<ProbeExchange> TransmitAsync(ProbeRequest request, CancellationToken cancellation)
    {
        using var message = new HttpRequestMessage(request.Method, request.Url);
        if (request.Form is not null) message.Content = new FormUrlEncodedContent(request.Form);
        else if (request.JsonBody is not null) message.Content = new StringContent(request.JsonBody, Encoding.UTF8, "application/json");
        message.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
        foreach (var header in request.Headers)
            if (!message.Headers.TryAddWithoutValidation(header.Name, header.Value))
                message.Content?.Headers.TryAddWithoutValidation(header.Name, header.Value);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(_timeout);
        var watch = Stopwatch.StartNew();
        try
        {
            var client = request.AcceptInvalidCertificate ? _lenient.Value : _verifying;
            using var response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var body = await ReadBodyAsync(response, timeout.Token);
            // Raw values as received: the validated view splits Server into products and lists into items.
            var headers = response.Headers.NonValidated.Concat(response.Content.Headers.NonValidated)
                .SelectMany(h => h.Value.Select(v => new HttpHeader(h.Key, v)));
            return new ProbeExchange(request, new ProbeResponse((int)response.StatusCode, new HeaderList(headers), body, watch.Elapsed));
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            return new ProbeExchange(request, null, ProbeFailure.Timeout, $"no answer within {_timeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException e) when (Find<AuthenticationException>(e) is { } tls)
        {
            return _rejectedCertificates.TryGetValue(request.Url.Host.ToLowerInvariant(), out var errors)
                ? new ProbeExchange(request, null, ProbeFailure.CertificateInvalid, $"the TLS certificate does not verify ({errors})")
                : new ProbeExchange(request, null, ProbeFailure.TlsFailed, $"TLS handshake failed: {tls.Message}");
        }
        catch (HttpRequestException e)
        {
            var socket = Find<SocketException>(e);
            return new ProbeExchange(request, null, ProbeFailure.ConnectionFailed, socket?.Message ?? e.Message);
        }
    }

    private static async Task<string> ReadBodyAsync(HttpResponseMessage response, CancellationToken cancellation)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(cancellation);
        var encoding = Encoding.UTF8;
        try
        {
            if (response.Content.Headers.ContentType?.CharSet is { Length: > 0 } charset) encoding = Encoding.GetEncoding(charset.Trim('"'));
        }
        catch (ArgumentException)
        {
            // An unknown charset is read as UTF-8: the body is only searched and excerpted.
        }
        using var reader = new StreamReader(stream, encoding);
        var buffer = new char[MaxBodyChars];
        var read = 0;
        int n;
        while (read < buffer.Length && (n = await reader.ReadAsync(buffer.AsMemory(read), cancellation)) > 0) read += n;
        return new string(buffer, 0, read);
    }

    private ProbeExchange Record(ProbeExchange exchange)
    {
        lock (_exchangesLock) _exchanges.Add(exchange);
        return exchange;
    }

    private static T? Find<T>(Exception e) where T : Exception
    {
        for (Exception? current = e; current is not null; current = current.InnerException)
            if (current is T match) return match;
        return null;
    }

    private HttpClient CreateClient(bool verifyCertificates)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            UseProxy = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = _timeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(1),
        };
        handler.SslOptions.RemoteCertificateValidationCallback = (message, _, _, errors) =>
        {
            if (!verifyCertificates) return true;
            var host = message switch
            {
                HttpRequestMessage { RequestUri: { } url } => url.Host,
                SslStream stream => stream.TargetHostName,
                _ => null,
            };
            if (errors != SslPolicyErrors.None && host is not null) _rejectedCertificates[host.ToLowerInvariant()] = errors;
            return errors == SslPolicyErrors.None;
        };
        return new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }

    public void Dispose()
    {
        _verifying.Dispose();
        if (_lenient.IsValueCreated) _lenient.Value.Dispose();
        _concurrency.Dispose();
    }
}
