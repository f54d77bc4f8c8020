namespace Shipshape.Model;

/// <summary>What backs a finding: code at a location, an HTTP exchange, or a plain note.</summary>
public abstract record Evidence;
