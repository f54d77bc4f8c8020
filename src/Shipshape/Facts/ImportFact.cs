using Shipshape.Model;

namespace Shipshape.Facts;

/// <summary>A Python import: the full module name ("flask_wtf.csrf") and the statement's location.</summary>
public sealed record ImportFact(string Module, Location Location);
