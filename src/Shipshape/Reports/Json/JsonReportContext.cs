using System.Text.Json.Serialization;

namespace Shipshape.Reports.Json;

/// <summary>Source-generated serialization of <see cref="JsonReportDocument"/> (no reflection at run time).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(JsonReportDocument))]
internal sealed partial class JsonReportContext : JsonSerializerContext;
