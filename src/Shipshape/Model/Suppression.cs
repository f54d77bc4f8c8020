namespace Shipshape.Model;

/// <summary>A finding kept in the report but not counted, with the reason given for it.</summary>
public sealed record Suppression(SuppressionKind Kind, string Reason);
