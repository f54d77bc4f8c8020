using System.Collections;
using Shipshape.Model;

namespace Shipshape.Probe.Http;

/// <summary>
/// An immutable, ordered list of HTTP headers with case-insensitive lookup. Repeated headers are
/// kept as separate lines; <see cref="Combined"/> folds them the way Node's HTTP parser does, which
/// is what the Observatory grades.
/// </summary>
public sealed class HeaderList : IReadOnlyList<HttpHeader>
{
    // Node keeps only the first occurrence of these; every other repeated header is joined with ", ".
    private static readonly HashSet<string> FirstOccurrenceOnly = new(StringComparer.OrdinalIgnoreCase)
    {
        "age", "authorization", "content-length", "content-type", "etag", "expires", "from", "host",
        "if-modified-since", "if-unmodified-since", "last-modified", "location", "max-forwards",
        "proxy-authorization", "referer", "retry-after", "server", "user-agent",
    };

    private readonly IReadOnlyList<HttpHeader> _headers;

    public static readonly HeaderList Empty = new([]);

    public HeaderList(IEnumerable<HttpHeader> headers) => _headers = headers.ToArray();

    public int Count => _headers.Count;
    public HttpHeader this[int index] => _headers[index];

    /// <summary>Every value of the named header, in the order received.</summary>
    public IReadOnlyList<string> All(string name) =>
        _headers.Where(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase))
                .Select(h => h.Value).ToArray();

    public bool Has(string name) => _headers.Any(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The header as one value: the first for single-valued headers, the rest joined with ", ".</summary>
    public string? Combined(string name)
    {
        var values = All(name);
        if (values.Count == 0) return null;
        return FirstOccurrenceOnly.Contains(name) ? values[0] : string.Join(", ", values);
    }

    public IEnumerator<HttpHeader> GetEnumerator() => _headers.GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
