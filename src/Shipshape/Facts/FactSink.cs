namespace Shipshape.Facts;

/// <summary>
/// Where front ends, collectors and rules publish facts while one file is processed. One sink per
/// file, used by one thread at a time; the engine merges the sinks in path order, so facts come out
/// in a deterministic order.
/// </summary>
public sealed class FactSink
{
    private readonly List<(IFactKey Key, object Value)> _facts = [];

    public void Add<T>(FactKey<T> key, T value) where T : notnull => _facts.Add((key, value));

    internal IReadOnlyList<(IFactKey Key, object Value)> Facts => _facts;
}
