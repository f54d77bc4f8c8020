namespace Shipshape.Model;

/// <summary>Code that decided the finding, e.g. the config class a value came from.</summary>
public sealed record CodeEvidence(Location Location, string Snippet) : Evidence;
