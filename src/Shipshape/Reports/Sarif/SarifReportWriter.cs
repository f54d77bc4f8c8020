using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Shipshape.Model;

namespace Shipshape.Reports.Sarif;

/// <summary>
/// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: one run, every rule that ran as a
/// reporting descriptor, one result per finding (suppressed ones carry their suppression), scan
/// diagnostics as tool notifications. No timestamps or absolute paths, so the same input gives the
/// same bytes. Result locations are relative to %SRCROOT%, the scanned folder.
/// </summary>
public sealed class SarifReportWriter : IReportWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        // Readable snippets and messages; the output is a file, not HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string Format => "sarif";

    public string Write(Report report)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            WriteRun(json, report);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteRun(Utf8JsonWriter json, Report report)
    {
        json.WriteStartObject();
        WriteTool(json, report);
        WriteInvocation(json, report);
        json.WriteString("columnKind", "utf16CodeUnits");

        var ruleIndexes = report.Rules.Select((rule, index) => (rule.Id, index)).ToDictionary(p => p.Id, p => p.index, StringComparer.Ordinal);
        json.WriteStartArray("results");
        foreach (var finding in report.Findings)
            SarifResultWriter.Write(json, finding, ruleIndexes.TryGetValue(finding.RuleId, out var index) ? index : null);
        json.WriteEndArray();

        WriteRunProperties(json, report);
        json.WriteEndObject();
    }

    private static void WriteTool(Utf8JsonWriter json, Report report)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "Shipshape");
        json.WriteString("version", report.Tool.Version);
        json.WriteString("semanticVersion", report.Tool.Version);
        json.WriteStartArray("rules");
        foreach (var rule in report.Rules) SarifRuleWriter.Write(json, rule);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>The invocation, without times or command line (both would break determinism), and the scan's own diagnostics.</summary>
    private static void WriteInvocation(Utf8JsonWriter json, Report report)
    {
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", !report.Diagnostics.Any(d => d.Kind == DiagnosticKind.InternalError));
        if (report.Diagnostics.Count > 0)
        {
            json.WriteStartArray("toolExecutionNotifications");
            foreach (var diagnostic in report.Diagnostics) WriteNotification(json, diagnostic);
            json.WriteEndArray();
        }
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteNotification(Utf8JsonWriter json, ScanDiagnostic diagnostic)
    {
        json.WriteStartObject();
        json.WriteStartObject("descriptor");
        json.WriteString("id", diagnostic.Kind.Id());
        json.WriteEndObject();
        json.WriteString("level", diagnostic.Kind == DiagnosticKind.Warning ? "warning" : "error");
        json.WriteStartObject("message");
        json.WriteString("text", diagnostic.Message);
        json.WriteEndObject();
        if (diagnostic.Path is { } path)
        {
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            json.WriteString("uri", SarifResultWriter.RelativeUri(path));
            json.WriteString("uriBaseId", SarifResultWriter.SourceRoot);
            json.WriteEndObject();
            if (diagnostic.Line is { } line)
            {
                json.WriteStartObject("region");
                json.WriteNumber("startLine", line);
                json.WriteEndObject();
            }
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
        }
        if (diagnostic.RuleId is { } ruleId)
        {
            json.WriteStartObject("associatedRule");
            json.WriteString("id", ruleId);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    /// <summary>The verdict, score and skipped files, which SARIF has no place for, in the run's property bag.</summary>
    private static void WriteRunProperties(Utf8JsonWriter json, Report report)
    {
        json.WriteStartObject("properties");
        json.WriteString("verdict", report.Summary.Verdict.Id());
        if (report.Summary.Score is { } score) json.WriteNumber("score", score);
        else json.WriteNull("score");
        json.WriteStartArray("skipped");
        foreach (var skipped in report.Skipped)
        {
            json.WriteStartObject();
            json.WriteString("path", skipped.Path);
            json.WriteString("reason", skipped.Reason);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        if (report.Claims is { } claims) WriteClaimsProperties(json, report, claims);
        json.WriteEndObject();
    }

    /// <summary>From `verify`: the claims' tally and the claimed score beside the measured <c>score</c> (the claims themselves are in the report's other formats; they are not code locations).</summary>
    private static void WriteClaimsProperties(Utf8JsonWriter json, Report report, IReadOnlyList<ClaimResult> claims)
    {
        json.WriteStartObject("claims");
        json.WriteNumber("total", claims.Count);
        foreach (var verdict in new[] { ClaimVerdict.Verified, ClaimVerdict.Contradicted, ClaimVerdict.Unverifiable })
            json.WriteNumber(verdict.Id(), ClaimsSummaryText.Count(claims, verdict));
        json.WriteEndObject();
        if (report.ClaimedScore is { } claimed)
        {
            json.WriteStartObject("claimedScore");
            json.WriteNumber("score", claimed.Score);
            json.WriteString("text", claimed.Text);
            json.WriteNumber("line", claimed.SourceLine);
            json.WriteEndObject();
        }
    }
}
