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
    public static FactKey<ServerCommandFact> ServerCommands { get; } = new("server-commands");
    public static FactKey<ServerSettingFact> ServerSettings { get; } = new("server-settings");
    public static FactKey<EnvironmentSettingFact> EnvironmentSettings { get; } = new("environment-settings");
    public static FactKey<EnvFileFact> EnvFiles { get; } = new("env-files");
    public static FactKey<ContainerFact> Containers { get; } = new("containers");
    public static FactKey<ContainerVolumeFact> ContainerVolumes { get; } = new("container-volumes");
    public static FactKey<ContainerDataPathFact> ContainerDataPaths { get; } = new("container-data-paths");
    public static FactKey<RateLimitStorageFact> RateLimitStorage { get; } = new("rate-limit-storage");
    public static FactKey<AppFact> Apps { get; } = new("apps");
}
