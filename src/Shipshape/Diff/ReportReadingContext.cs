using System.Text.Json.Serialization;
using Shipshape.Reports.Json;

namespace Shipshape.Diff;

/// <summary>
/// Source-generated reading of "shipshape/report@1": a null where the schema allows none is an
/// error; fields it does not know are ignored. Optional sections are left out of the file when empty,
/// so missing fields cannot be errors here; <see cref="ReportFileReader"/> checks the ones the diff needs.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    RespectNullableAnnotations = true)]
[JsonSerializable(typeof(JsonReportDocument))]
internal sealed partial class ReportReadingContext : JsonSerializerContext;
