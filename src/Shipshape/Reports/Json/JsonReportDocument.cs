using System.Text.Json.Serialization;

namespace Shipshape.Reports.Json;

// The "shipshape/report@1" document, field for field as DESIGN.md shows it, plus a few additions
// (names, reasons, suppressions, diagnostics, the scoring formula; from `verify`, the claimed score
// beside summary.score and the report's open items). Optional sections are left out when empty so
// the same input always gives the same bytes.

public sealed record JsonReportDocument(
    string Schema,
    JsonTool Tool,
    JsonTarget Target,
    IReadOnlyList<string> Frameworks,
    JsonSummary Summary,
    IReadOnlyList<JsonCategory> Categories,
    IReadOnlyList<JsonFinding> Findings,
    IReadOnlyList<JsonSkipped> Skipped,
    IReadOnlyList<JsonDiagnostic> Diagnostics,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] JsonProbe? Probe,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<JsonClaim>? Claims,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] JsonClaimedScore? ClaimedScore,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<JsonOpenItem>? OpenItems);

public sealed record JsonTool(string Name, string Version);

public sealed record JsonTarget(string? Path, string? Url);

public sealed record JsonSummary(string Verdict, double? Score, JsonCounts Counts, int Suppressed, string Formula);

public sealed record JsonCounts(int Critical, int High, int Medium, int Low, int Info);

public sealed record JsonCategory(string Id, string Name, double? Score, IReadOnlyList<JsonCheck> Checks);

public sealed record JsonCheck(
    string Rule,
    string Status,
    string Severity,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Reason);

public sealed record JsonFinding(
    string Rule,
    string Name,
    string Category,
    string Severity,
    string Confidence,
    string Message,
    JsonLocation? Location,
    string Snippet,
    string Fix,
    string Fingerprint,
    IReadOnlyList<JsonEvidence> Evidence,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] JsonSuppression? Suppression);

public sealed record JsonLocation(string Path, int StartLine, int StartColumn, int EndLine, int EndColumn);

public sealed record JsonSuppression(string Kind, string Reason);

/// <summary>One of: code (location, snippet), http (the exchange), note (text).</summary>
public sealed record JsonEvidence(
    string Kind,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] JsonLocation? Location = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Snippet = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Method = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Url = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<JsonHeader>? RequestHeaders = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Status = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<JsonHeader>? ResponseHeaders = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? BodyExcerpt = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Text = null);

public sealed record JsonHeader(string Name, string Value);

public sealed record JsonSkipped(string Path, string Reason);

public sealed record JsonDiagnostic(string Kind, string? Path, int? Line, string? Rule, string Message);

public sealed record JsonProbe(
    string Url,
    int Requests,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] JsonObservatory? Observatory);

public sealed record JsonObservatory(string Grade, int Score);

public sealed record JsonClaim(string Text, JsonClaimSource Source, string Verdict, IReadOnlyList<string> Checks, IReadOnlyList<string> Evidence);

public sealed record JsonClaimSource(int Line);

/// <summary>The score the verified report gives itself: out of ten, as written, and where (set beside <c>summary.score</c>).</summary>
public sealed record JsonClaimedScore(double Score, string Text, JsonClaimSource Source);

/// <summary>An unticked checklist item of the verified report: not a claim, work it admits is not done.</summary>
public sealed record JsonOpenItem(string Text, JsonClaimSource Source);
