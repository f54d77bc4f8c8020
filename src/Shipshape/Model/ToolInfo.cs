namespace Shipshape.Model;

/// <summary>Which program wrote the report.</summary>
public sealed record ToolInfo(string Name, string Version);
