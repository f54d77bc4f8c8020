using System.Text.Json;
using Shipshape.Model;

namespace Shipshape.Reports.Sarif;

/// <summary>
/// One SARIF <c>result</c>: rule, level, message, a root-relative location with its full region and
/// snippet, the finding's fingerprint, its evidence (related code locations, the HTTP exchange, notes)
/// and, for suppressed findings, the suppression with its reason.
/// </summary>
internal static class SarifResultWriter
{
    /// <summary>The key of our fingerprint in <c>partialFingerprints</c> (SARIF's "name/version" convention).</summary>
    public const string FingerprintKey = "shipshapeFingerprint/v1";

    public const string SourceRoot = "%SRCROOT%";

    public static void Write(Utf8JsonWriter json, Finding finding, int? ruleIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        if (ruleIndex is { } index) json.WriteNumber("ruleIndex", index);
        json.WriteString("level", SarifSeverity.Level(finding.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", finding.Message);
        json.WriteEndObject();

        if (finding.Location is { } location)
        {
            json.WriteStartArray("locations");
            WriteLocation(json, location, finding.Snippet, id: null);
            json.WriteEndArray();
        }
        WriteRelatedLocations(json, finding.Evidence.OfType<CodeEvidence>().ToList());

        json.WriteStartObject("partialFingerprints");
        json.WriteString(FingerprintKey, finding.Fingerprint);
        json.WriteEndObject();

        if (finding.Evidence.OfType<HttpEvidence>().FirstOrDefault() is { } exchange) WriteExchange(json, exchange);
        if (finding.Suppression is { } suppression) WriteSuppression(json, suppression);
        WriteProperties(json, finding);
        json.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter json, Location location, string snippet, int? id)
    {
        json.WriteStartObject();
        if (id is { } value) json.WriteNumber("id", value);
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", RelativeUri(location.Path));
        json.WriteString("uriBaseId", SourceRoot);
        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", location.StartLine);
        json.WriteNumber("startColumn", location.StartColumn);
        json.WriteNumber("endLine", location.EndLine);
        json.WriteNumber("endColumn", location.EndColumn);
        if (snippet.Length > 0)
        {
            json.WriteStartObject("snippet");
            json.WriteString("text", snippet);
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteRelatedLocations(Utf8JsonWriter json, IReadOnlyList<CodeEvidence> code)
    {
        if (code.Count == 0) return;
        json.WriteStartArray("relatedLocations");
        // Each related location gets an id unique within the result, numbered in evidence order.
        for (var i = 0; i < code.Count; i++) WriteLocation(json, code[i].Location, code[i].Snippet, id: i + 1);
        json.WriteEndArray();
    }

    private static void WriteExchange(Utf8JsonWriter json, HttpEvidence exchange)
    {
        json.WriteStartObject("webRequest");
        json.WriteString("method", exchange.Method);
        json.WriteString("target", exchange.Url);
        WriteHeaders(json, exchange.RequestHeaders);
        json.WriteEndObject();
        if (exchange.Status is not { } status) return;
        json.WriteStartObject("webResponse");
        json.WriteNumber("statusCode", status);
        WriteHeaders(json, exchange.ResponseHeaders);
        if (exchange.BodyExcerpt is { } body)
        {
            json.WriteStartObject("body");
            json.WriteString("text", body);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    /// <summary>SARIF headers are an object; a repeated header name keeps its values joined as HTTP allows.</summary>
    private static void WriteHeaders(Utf8JsonWriter json, IReadOnlyList<HttpHeader> headers)
    {
        if (headers.Count == 0) return;
        json.WriteStartObject("headers");
        foreach (var group in headers.GroupBy(h => h.Name, StringComparer.OrdinalIgnoreCase))
            json.WriteString(group.First().Name, string.Join(", ", group.Select(h => h.Value)));
        json.WriteEndObject();
    }

    private static void WriteSuppression(Utf8JsonWriter json, Suppression suppression)
    {
        json.WriteStartArray("suppressions");
        json.WriteStartObject();
        json.WriteString("kind", suppression.Kind == SuppressionKind.Inline ? "inSource" : "external");
        json.WriteString("status", "accepted");
        json.WriteString("justification", suppression.Reason);
        json.WriteEndObject();
        json.WriteEndArray();
    }

    /// <summary>What SARIF has no field for: severity and confidence as Shipshape names them, the fix, notes, further exchanges.</summary>
    private static void WriteProperties(Utf8JsonWriter json, Finding finding)
    {
        json.WriteStartObject("properties");
        json.WriteString("severity", finding.Severity.Id());
        json.WriteString("confidence", finding.Confidence.Id());
        json.WriteString("fix", finding.Fix);
        var notes = finding.Evidence.OfType<NoteEvidence>().Select(n => n.Text)
            .Concat(finding.Evidence.OfType<HttpEvidence>().Skip(1).Select(h => $"{h.Method} {h.Url} → {h.Status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no answer"}"))
            .ToList();
        if (notes.Count > 0)
        {
            json.WriteStartArray("evidence");
            foreach (var note in notes) json.WriteStringValue(note);
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }

    /// <summary>A relative URI reference: each path segment percent-encoded, slashes kept.</summary>
    internal static string RelativeUri(string path) =>
        string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
}
