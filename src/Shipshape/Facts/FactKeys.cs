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
    public static FactKey<General.RequestPathFact> RequestPaths { get; } = new("request-paths");
    public static FactKey<General.LoggingSetupFact> LoggingSetup { get; } = new("logging-setup");
    public static FactKey<General.ErrorTrackingFact> ErrorTracking { get; } = new("error-tracking");
    public static FactKey<General.DatabaseUriFact> DatabaseUris { get; } = new("database-uris");
    public static FactKey<General.EnginePoolFact> EnginePools { get; } = new("engine-pools");
}
