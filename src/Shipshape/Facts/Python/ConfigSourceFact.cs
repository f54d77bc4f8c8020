using Shipshape.Model;

namespace Shipshape.Facts.Python;

/// <summary>
/// Where an app loads its configuration from: <c>app.config.from_object(ProductionConfig)</c>
/// (<paramref name="Kind"/> "object", <paramref name="Target"/> the class's simple name when known),
/// <c>from_pyfile</c>, <c>from_envvar</c>; or a Django settings module star-importing another
/// (<c>from .base import *</c>, kind "star-import", target the imported module's dotted name).
/// </summary>
public sealed record ConfigSourceFact(string Kind, string Target, string Module, Location Location)
{
    public override string ToString() => $"{Module}: {Kind} {Target} at {Location}";
}
