namespace Shipshape.Facts;

/// <summary>
/// The well-known kinds of fact. Later front ends add their own keys here (routes, protections,
/// configuration values) with one record type per fact in this folder.
/// </summary>
public static class FactKeys
{
    public static FactKey<FrameworkFact> Frameworks { get; } = new("frameworks");
    public static FactKey<DependencyFact> Dependencies { get; } = new("dependencies");
    public static FactKey<ImportFact> Imports { get; } = new("imports");
    public static FactKey<AppFact> Apps { get; } = new("apps");
}
