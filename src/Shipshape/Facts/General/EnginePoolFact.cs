using Shipshape.Facts.Python;
using Shipshape.Model;

namespace Shipshape.Facts.General;

/// <summary>Connection-pool settings given to the engine (<c>pool_pre_ping</c>, <c>pool_size</c>, <c>pool_recycle</c>, ...).</summary>
/// <param name="Settings">The pool option names found.</param>
/// <param name="Values">The same options with their values as written (<c>pool_size</c> = 10 at its line).</param>
public sealed record EnginePoolFact(Location Location, IReadOnlyList<string> Settings, IReadOnlyList<NamedValue> Values)
{
    public override string ToString() => $"engine pool ({string.Join(", ", Settings)}){(Values.Count > 0 ? ": " + string.Join(", ", Values) : "")} at {Location}";
}
