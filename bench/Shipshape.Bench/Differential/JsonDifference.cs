using System.Text;
using System.Text.Json;

namespace Shipshape.Bench.Differential;

/// <summary>Where two JSON texts of a tree first differ: the JSON path, the nearest source line, excerpts.</summary>
public sealed record JsonDifference(string JsonPath, int? NearLine, string Expected, string Actual)
{
    private const int ExcerptRadius = 70;

    /// <summary>Null when the texts are equal.</summary>
    public static JsonDifference? Find(string expected, string actual)
    {
        var length = Math.Min(expected.Length, actual.Length);
        var at = 0;
        while (at < length && expected[at] == actual[at])
        {
            at++;
        }

        if (at == expected.Length && at == actual.Length)
        {
            return null;
        }

        var (path, line) = PathAt(expected, at);
        return new JsonDifference(path, line, Excerpt(expected, at), Excerpt(actual, at));
    }

    public override string ToString() =>
        $"at {JsonPath}{(NearLine is { } line ? $" (near line {line})" : "")}\n  cpython: {Expected}\n  ours:    {Actual}";

    private static string Excerpt(string text, int at)
    {
        var start = Math.Max(0, at - ExcerptRadius);
        var end = Math.Min(text.Length, at + ExcerptRadius);
        return (start > 0 ? "…" : "") + text[start..at] + "⟨" + text[at..end] + (end < text.Length ? "…" : "");
    }

    // Replays the JSON up to the offset, keeping the path of containers and the last "lineno" seen.
    private static (string Path, int? Line) PathAt(string json, int offset)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json), new JsonReaderOptions { MaxDepth = 100_000 });
        var path = new List<string>();
        var indexes = new List<int>();
        int? line = null;
        string? property = null;
        try
        {
            while (reader.Read() && reader.TokenStartIndex <= offset)
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        property = reader.GetString();
                        continue;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        path.Add(Step(property, indexes));
                        indexes.Add(reader.TokenType == JsonTokenType.StartArray ? 0 : -1);
                        property = null;
                        continue;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        path.RemoveAt(path.Count - 1);
                        indexes.RemoveAt(indexes.Count - 1);
                        Advance(indexes);
                        continue;
                    default:
                        if (property == "lineno" && reader.TokenType == JsonTokenType.Number)
                        {
                            line = reader.GetInt32();
                        }

                        if (reader.TokenStartIndex + reader.ValueSpan.Length + 2 > offset)
                        {
                            path.Add(Step(property, indexes));
                            return (string.Concat(path), line);
                        }

                        Advance(indexes);
                        property = null;
                        continue;
                }
            }
        }
        catch (JsonException)
        {
            // The expected side is CPython's well-formed dump; a failure here only shortens the path.
        }

        return (string.Concat(path), line);
    }

    private static string Step(string? property, List<int> indexes) =>
        property is not null ? "." + property : indexes.Count > 0 && indexes[^1] >= 0 ? $"[{indexes[^1]}]" : "$";

    private static void Advance(List<int> indexes)
    {
        if (indexes.Count > 0 && indexes[^1] >= 0)
        {
            indexes[^1]++;
        }
    }
}
