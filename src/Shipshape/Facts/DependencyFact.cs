using Shipshape.Model;

namespace Shipshape.Facts;

/// <summary>A declared dependency: distribution name as written, its version spec ("" when none), where.</summary>
public sealed record DependencyFact(string Name, string VersionSpec, Location Location);
