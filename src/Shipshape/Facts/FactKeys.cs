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

    // General facts
    public static FactKey<General.PrintCallFact> PrintCalls { get; } = new("print-calls");
    public static FactKey<General.ModuleStateFact> ModuleState { get; } = new("module-state");
    public static FactKey<General.UnboundedCacheFact> UnboundedCaches { get; } = new("unbounded-caches");
    public static FactKey<General.FileDatastoreFact> FileDatastores { get; } = new("file-datastores");
    public static FactKey<General.UploadSaveFact> UploadSaves { get; } = new("upload-saves");
    public static FactKey<General.UploadLimitFact> UploadLimits { get; } = new("upload-limits");
    public static FactKey<General.UploadAllowListFact> UploadAllowLists { get; } = new("upload-allow-lists");
    public static FactKey<General.RequestPathFact> RequestPaths { get; } = new("request-paths");
    public static FactKey<General.LoggingSetupFact> LoggingSetup { get; } = new("logging-setup");
    public static FactKey<General.LogRotationFact> LogRotations { get; } = new("log-rotations");
    public static FactKey<General.ErrorTrackingFact> ErrorTracking { get; } = new("error-tracking");
    public static FactKey<General.DatabaseUriFact> DatabaseUris { get; } = new("database-uris");
    public static FactKey<General.EnginePoolFact> EnginePools { get; } = new("engine-pools");
    public static FactKey<General.HealthHandlerFact> HealthHandlers { get; } = new("health-handlers");
    public static FactKey<General.TrackingScriptFact> TrackingScripts { get; } = new("tracking-scripts");
    public static FactKey<General.ConsentMechanismFact> ConsentMechanisms { get; } = new("consent-mechanisms");
    // Python web facts (src/Shipshape/Facts/Python): apps, routes, configuration, protections.
    public static FactKey<Python.AppObjectFact> PythonApps { get; } = new("python-apps");
    public static FactKey<Python.RouteFact> Routes { get; } = new("routes");
    public static FactKey<Python.ConfigValueFact> ConfigValues { get; } = new("config-values");
    public static FactKey<Python.ConfigClassFact> ConfigClasses { get; } = new("config-classes");
    public static FactKey<Python.ConfigSourceFact> ConfigSources { get; } = new("config-sources");
    public static FactKey<Python.ProtectionFact> Protections { get; } = new("protections");
    public static FactKey<Python.RateLimitFact> RateLimits { get; } = new("rate-limits");
    public static FactKey<Python.RateLimiterFact> RateLimiters { get; } = new("rate-limiters");
    public static FactKey<Python.CorsFact> Cors { get; } = new("cors");
    public static FactKey<Python.ErrorHandlerFact> ErrorHandlers { get; } = new("error-handlers");
    public static FactKey<Python.HeaderFact> Headers { get; } = new("headers");
    public static FactKey<Python.PasswordHashFact> PasswordHashes { get; } = new("password-hashes");
    public static FactKey<Python.PasswordPolicyFact> PasswordPolicies { get; } = new("password-policies");
    public static FactKey<Python.PasswordRuleFact> PasswordRules { get; } = new("password-rules");
    public static FactKey<Python.DebugSwitchFact> DebugSwitches { get; } = new("debug-switches");
    public static FactKey<Python.DevServerFact> DevServers { get; } = new("dev-servers");
    public static FactKey<Python.CredentialCheckFact> CredentialChecks { get; } = new("credential-checks");
    public static FactKey<Python.JwtFact> Jwts { get; } = new("jwts");
    public static FactKey<Python.RouterMountFact> RouterMounts { get; } = new("router-mounts");
    public static FactKey<Python.LockoutFigureFact> LockoutFigures { get; } = new("lockout-figures");
    public static FactKey<Python.DjangoViewFact> DjangoViews { get; } = new("django-views");
    // end of Python web facts
    public static FactKey<ServerCommandFact> ServerCommands { get; } = new("server-commands");
    public static FactKey<ServerSettingFact> ServerSettings { get; } = new("server-settings");
    public static FactKey<EnvironmentSettingFact> EnvironmentSettings { get; } = new("environment-settings");
    public static FactKey<EnvFileFact> EnvFiles { get; } = new("env-files");
    public static FactKey<ContainerFact> Containers { get; } = new("containers");
    public static FactKey<ContainerVolumeFact> ContainerVolumes { get; } = new("container-volumes");
    public static FactKey<ContainerDataPathFact> ContainerDataPaths { get; } = new("container-data-paths");
    public static FactKey<AppFact> Apps { get; } = new("apps");
    public static FactKey<Documentation.ReadmeFact> Readmes { get; } = new("readmes");
}
