using Shipshape.Config.Env;
using Shipshape.Discovery;
using Shipshape.Facts;
using Shipshape.Model;
using Shipshape.Rules;
using Shipshape.Secrets;

namespace Shipshape.Config.Collectors;

/// <summary>
/// Publishes every env file (whether it documents settings or may reach production) and the settings
/// of those that may reach production (not templates, not development-only files).
/// </summary>
public sealed class EnvFileFactCollector : IFactCollector
{
    public IReadOnlySet<FileKind> FileKinds { get; } = new HashSet<FileKind> { FileKind.Env };

    public void Collect(FileContext file)
    {
        var entries = file.Parsed<EnvSource>().Env.Entries;
        var documents = EnvFileNames.IsTemplate(file.Path)
            || (entries.Any(e => e.IsInterpolated || SecretPlaceholders.IsPlaceholder(e.RawValue))
                && entries.All(e => SecretScanner.AssessSetting(e.Key, e.RawValue) is null));
        var production = EnvFileNames.MayReachProduction(file.Path) && !documents;
        file.Facts.Add(FactKeys.EnvFiles, new EnvFileFact(file.Path, documents, production, Location.File(file.Path)));
        if (!EnvFileNames.MayReachProduction(file.Path))
            return;
        foreach (var entry in entries)
            file.Facts.Add(FactKeys.EnvironmentSettings, new EnvironmentSettingFact(entry.Key, entry.Value, "env", file.LocationToEndOfLine(entry.Position)));
    }
}
