namespace Shipshape.Model;

/// <summary>One HTTP header as sent or received.</summary>
public sealed record HttpHeader(string Name, string Value);
