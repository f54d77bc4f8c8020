namespace Shipshape.Facts;

/// <summary>
/// Names a kind of project fact and its type, so producers and readers agree at compile time:
/// <c>facts.Get(FactKeys.Imports)</c> is an <c>IReadOnlyList&lt;ImportFact&gt;</c>.
/// </summary>
/// <param name="Name">Shown by <c>scan --facts</c>; unique.</param>
public sealed record FactKey<T>(string Name) : IFactKey where T : notnull;

/// <summary>The untyped face of <see cref="FactKey{T}"/>, for listing facts of every kind.</summary>
public interface IFactKey
{
    string Name { get; }
}
