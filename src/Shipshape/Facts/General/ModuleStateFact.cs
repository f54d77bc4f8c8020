using Shipshape.Model;

namespace Shipshape.Facts.General;

/// <summary>
/// A module-level dict, list or set that functions of the module write to (process memory used as state).
/// </summary>
/// <param name="Name">The module variable.</param>
/// <param name="Definition">Where it is created.</param>
/// <param name="Writers">The functions that write to it, in source order.</param>
/// <param name="NamedAsCache">Its name says cache or memo: it is meant to be dropped, so DATA006 judges it, not DATA004.</param>
/// <param name="Evicts">Some function removes entries or bounds its size (<c>pop</c>, <c>del</c>, <c>clear</c>, a <c>len()</c> check).</param>
public sealed record ModuleStateFact(string Name, Location Definition, IReadOnlyList<string> Writers, bool NamedAsCache, bool Evicts);
