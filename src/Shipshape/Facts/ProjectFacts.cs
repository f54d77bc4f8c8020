using System.Collections.Immutable;

namespace Shipshape.Facts;

/// <summary>
/// Everything the per-file pass learnt about the project (imports, dependencies, routes,
/// protections, configuration values), read by project-level rules. Immutable once built.
/// </summary>
public sealed class ProjectFacts
{
    private readonly ImmutableDictionary<IFactKey, ImmutableArray<object>> _facts;

    private ProjectFacts(ImmutableDictionary<IFactKey, ImmutableArray<object>> facts) => _facts = facts;

    public static ProjectFacts Empty { get; } = new(ImmutableDictionary<IFactKey, ImmutableArray<object>>.Empty);

    /// <summary>All facts of one kind, in path order, then in the order they were added.</summary>
    public IReadOnlyList<T> Get<T>(FactKey<T> key) where T : notnull =>
        _facts.TryGetValue(key, out var values) ? values.Cast<T>().ToList() : [];

    public bool Any<T>(FactKey<T> key) where T : notnull => _facts.ContainsKey(key);

    /// <summary>Every kind of fact present, sorted by name, with its values (for <c>scan --facts</c>).</summary>
    public IEnumerable<(IFactKey Key, IReadOnlyList<object> Values)> All() =>
        _facts.OrderBy(p => p.Key.Name, StringComparer.Ordinal).Select(p => (p.Key, (IReadOnlyList<object>)p.Value));

    /// <summary>These facts with every fact of one kind replaced (a join made once all files are read).</summary>
    public ProjectFacts With<T>(FactKey<T> key, IReadOnlyList<T> values) where T : notnull =>
        new(values.Count == 0 ? _facts.Remove(key) : _facts.SetItem(key, [.. values.Cast<object>()]));

    /// <summary>Merges per-file sinks; <paramref name="sinks"/> must already be in path order.</summary>
    public static ProjectFacts Merge(IEnumerable<FactSink> sinks)
    {
        var builder = new Dictionary<IFactKey, ImmutableArray<object>.Builder>();
        foreach (var (key, value) in sinks.SelectMany(s => s.Facts))
        {
            if (!builder.TryGetValue(key, out var list)) builder[key] = list = ImmutableArray.CreateBuilder<object>();
            list.Add(value);
        }
        return new(builder.ToImmutableDictionary(p => p.Key, p => p.Value.ToImmutable()));
    }
}
