using System.Text.Json.Serialization;

namespace Shipshape.Baselines;

/// <summary>Source-generated JSON for baseline files.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(Baseline))]
internal sealed partial class BaselineJsonContext : JsonSerializerContext;
