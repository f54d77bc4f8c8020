namespace Shipshape.Probe.Http;

/// <summary>
/// One Set-Cookie header parsed the way RFC 6265bis user agents do: attribute names are
/// case-insensitive, unknown attributes are ignored, and SameSite keeps only Strict, Lax or None.
/// </summary>
public sealed record SetCookie(
    string Name,
    string Value,
    string? Domain,
    string? Path,
    bool Secure,
    bool HttpOnly,
    string? SameSite,
    string Raw)
{
    /// <summary>Parses one header value; null when it has no name=value pair.</summary>
    public static SetCookie? Parse(string header)
    {
        var parts = header.Split(';');
        var pair = parts[0];
        var eq = pair.IndexOf('=');
        if (eq < 0) return null;
        var name = pair[..eq].Trim();
        if (name.Length == 0) return null;

        string? domain = null, path = null, sameSite = null;
        bool secure = false, httpOnly = false;
        foreach (var part in parts.Skip(1))
        {
            var attribute = part.Trim();
            if (attribute.Length == 0) continue;
            var sep = attribute.IndexOf('=');
            var key = (sep < 0 ? attribute : attribute[..sep]).Trim().ToLowerInvariant();
            var value = sep < 0 ? "" : attribute[(sep + 1)..].Trim();
            switch (key)
            {
                case "domain" when value.Length > 0:
                    domain = value.TrimStart('.').ToLowerInvariant();
                    break;
                case "path":
                    path = value.StartsWith('/') ? value : null;
                    break;
                case "secure":
                    secure = true;
                    break;
                case "httponly":
                    httpOnly = true;
                    break;
                case "samesite":
                    sameSite = value.ToLowerInvariant() is "strict" or "lax" or "none" ? value.ToLowerInvariant() : null;
                    break;
            }
        }
        return new SetCookie(name, pair[(eq + 1)..].Trim(), domain, path, secure, httpOnly, sameSite, header);
    }

    /// <summary>
    /// Whether a browser would store this cookie when set by <paramref name="requestUrl"/>: the
    /// Domain attribute must cover the host, and the __Secure-/__Host- prefixes must hold.
    /// </summary>
    public bool IsAcceptedFrom(Uri requestUrl)
    {
        if (Domain is not null && !DomainMatches(requestUrl.Host.ToLowerInvariant(), Domain)) return false;
        if (Name.StartsWith("__Secure-", StringComparison.Ordinal) && !Secure) return false;
        if (Name.StartsWith("__Host-", StringComparison.Ordinal) && (!Secure || Domain is not null || Path != "/")) return false;
        return true;
    }

    /// <summary>Whether this header clears the cookie (Max-Age=0 or an expiry at the epoch) rather than setting it.</summary>
    public bool Clears =>
        Raw.Contains("max-age=0", StringComparison.OrdinalIgnoreCase)
        || Raw.Contains("expires=thu, 01 jan 1970", StringComparison.OrdinalIgnoreCase);

    private static bool DomainMatches(string host, string domain) =>
        host == domain
        || (Uri.CheckHostName(host) == UriHostNameType.Dns && host.EndsWith("." + domain, StringComparison.Ordinal));
}
