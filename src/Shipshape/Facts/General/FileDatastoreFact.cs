using Shipshape.Model;

namespace Shipshape.Facts.General;

/// <summary>A file opened for writing and filled with <c>json.dump</c> / a <c>csv</c> writer inside a function.</summary>
/// <param name="Format">"JSON" or "CSV".</param>
/// <param name="Function">The function that writes it.</param>
public sealed record FileDatastoreFact(Location Location, string Format, string Function);
