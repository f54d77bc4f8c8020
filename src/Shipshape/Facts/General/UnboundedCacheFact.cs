using Shipshape.Model;

namespace Shipshape.Facts.General;

/// <summary>A memoising decorator without a size bound (<c>@lru_cache(maxsize=None)</c>, <c>@functools.cache</c>) on a function.</summary>
/// <param name="Decorator">As written, e.g. "functools.lru_cache(maxsize=None)".</param>
/// <param name="Function">The decorated function.</param>
/// <param name="TakesArguments">The function has parameters, so every distinct argument adds an entry.</param>
public sealed record UnboundedCacheFact(Location Location, string Decorator, string Function, bool TakesArguments);
