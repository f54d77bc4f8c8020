namespace Shipshape.Probe.Http;

/// <summary>
/// Explicit cookie handling for one probe session on one host: remembers the cookies the app set
/// (honouring deletions) and sends them back. Not thread-safe: one session, one sequence of requests.
/// </summary>
public sealed class CookieJar
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public void Store(ProbeResponse response)
    {
        foreach (var header in response.Headers.All("set-cookie"))
        {
            var cookie = SetCookie.Parse(header);
            if (cookie is null) continue;
            if (cookie.Clears) _values.Remove(cookie.Name);
            else _values[cookie.Name] = cookie.Value;
        }
    }

    public string? Value(string name) => _values.GetValueOrDefault(name);

    /// <summary>The Cookie header to send, or null when the jar is empty.</summary>
    public string? Header => _values.Count == 0 ? null : string.Join("; ", _values.Select(kv => $"{kv.Key}={kv.Value}"));
}
