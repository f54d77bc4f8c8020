namespace Shipshape.Probe;

/// <summary>
/// How to probe: the URL, whether POST-based checks may run (<paramref name="Active"/>), whether
/// well-known passwords may be tried (<paramref name="TryDefaultCredentials"/>, needs Active), the
/// request budget, the per-request timeout, and the login path when the user knows it.
/// </summary>
public sealed record ProbeOptions(
    Uri Url,
    bool Active = false,
    bool TryDefaultCredentials = false,
    int MaxRequests = ProbeOptions.DefaultMaxRequests,
    TimeSpan? Timeout = null,
    string? LoginPath = null)
{
    public const int DefaultMaxRequests = 200;
    public const int MaxConcurrentRequests = 4;
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    public TimeSpan RequestTimeout => Timeout ?? DefaultTimeout;

    /// <summary>Checks the URL and limits; throws <see cref="InputException"/> with a one-line message.</summary>
    public static ProbeOptions Validate(string url, bool active, bool tryDefaultCredentials, int maxRequests, double timeoutSeconds, string? loginPath)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var parsed) || (parsed.Scheme != Uri.UriSchemeHttp && parsed.Scheme != Uri.UriSchemeHttps))
            throw new InputException($"not an http(s) URL: {url}");
        if (tryDefaultCredentials && !active)
            throw new InputException("--try-default-credentials needs --active");
        if (maxRequests < 1) throw new InputException($"--max-requests must be at least 1 (got {maxRequests})");
        if (timeoutSeconds is <= 0 or > 300) throw new InputException($"--timeout must be between 0 and 300 seconds (got {timeoutSeconds})");
        if (loginPath is not null && !loginPath.StartsWith('/')) throw new InputException($"--login-path must start with / (got {loginPath})");
        return new ProbeOptions(parsed, active, tryDefaultCredentials, maxRequests, TimeSpan.FromSeconds(timeoutSeconds), loginPath);
    }
}
