using System.Text.Json;
using Shipshape.Reports.Json;

namespace Shipshape.Diff;

/// <summary>
/// Reads a JSON report written by <c>shipshape scan --format json</c>. Every way the file can be
/// wrong (missing, not JSON, another schema, a malformed report) is one <see cref="InputException"/> line.
/// </summary>
public static class ReportFileReader
{
    public static JsonReportDocument Read(string path)
    {
        if (!File.Exists(path)) throw new InputException($"no such report file: {path}");
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"cannot read {path}: {e.Message}");
        }
        return Parse(text, path);
    }

    /// <summary>Parses report text; <paramref name="name"/> names the source in error messages.</summary>
    public static JsonReportDocument Parse(string text, string name)
    {
        RequireSchema(text, name);
        JsonReportDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(text, ReportReadingContext.Default.JsonReportDocument);
        }
        catch (JsonException e)
        {
            throw new InputException($"{name} is not a valid {JsonReportMapper.Schema} report: {e.Message.Split('\n')[0]}");
        }
        if (MissingField(document) is { } missing)
            throw new InputException($"{name} is not a valid {JsonReportMapper.Schema} report: {missing} is missing");
        return document!;
    }

    /// <summary>The first field the diff reads that the document lacks, or null when all are there.</summary>
    private static string? MissingField(JsonReportDocument? document)
    {
        // The deserializer leaves an absent field null whatever its declared nullability.
        if (document?.Summary is null) return "summary";
        if (document.Summary.Verdict is null) return "summary.verdict";
        if (document.Categories is null) return "categories";
        if (document.Findings is null) return "findings";
        foreach (var category in document.Categories)
            if (category.Id is null || category.Name is null || category.Checks is null || category.Checks.Any(c => c.Rule is null || c.Status is null))
                return $"categories[{category.Id}] id, name or checks";
        foreach (var finding in document.Findings)
            if (finding.Rule is null || finding.Severity is null || finding.Message is null || finding.Fingerprint is null)
                return "a finding's rule, severity, message or fingerprint";
        return null;
    }

    /// <summary>Checks the "schema" field first, so another JSON file gets a message about what it is, not about its first odd field.</summary>
    private static void RequireSchema(string text, string name)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            var schema = document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("schema", out var value) && value.ValueKind == JsonValueKind.String
                    ? value.GetString()
                    : null;
            if (schema != JsonReportMapper.Schema)
                throw new InputException($"{name} is not a {JsonReportMapper.Schema} report (schema: {schema ?? "none"}); write one with `shipshape scan --format json -o FILE`");
        }
        catch (JsonException e)
        {
            throw new InputException($"{name} is not JSON: {e.Message.Split('\n')[0]}");
        }
    }
}
