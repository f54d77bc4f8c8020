using System.Collections.Immutable;
using Shipshape.Model;

namespace Shipshape.Facts.Python;

/// <summary>
/// A configuration class (a class whose body sets upper-case attributes), with its base classes'
/// simple names so <see cref="ProductionConfig"/> can follow inheritance across files.
/// </summary>
/// <param name="IsEnvironmentSettings">A pydantic <c>BaseSettings</c>: every field is read from the environment first.</param>
public sealed record ConfigClassFact(string Name, ImmutableArray<string> Bases, bool IsEnvironmentSettings, Location Location)
{
    public override string ToString() =>
        $"class {Name}({string.Join(", ", Bases)}){(IsEnvironmentSettings ? " [env settings]" : "")} at {Location}";
}
