using System.Collections.Immutable;

namespace Shipshape.Python.Parsing;

/// <summary>
/// Builders lent for the length of one list (call arguments, parameters) and taken back cleared, so a
/// list allocates only its final array instead of a builder and a growing array each time. One pool
/// per parser, since a parser runs on one thread; lists nest, so several builders may be out at once.
/// A builder not given back (a parse abandoned by an exception) is simply not reused.
/// </summary>
internal sealed class BuilderPool<T>
{
    private readonly Stack<ImmutableArray<T>.Builder> _free = new();

    public ImmutableArray<T>.Builder Rent() => _free.Count > 0 ? _free.Pop() : ImmutableArray.CreateBuilder<T>();

    /// <summary>The builder's items as an array of their own; the builder goes back to the pool empty.</summary>
    public ImmutableArray<T> ToImmutableAndReturn(ImmutableArray<T>.Builder builder)
    {
        var items = builder.ToImmutable();
        builder.Clear();
        _free.Push(builder);
        return items;
    }
}
