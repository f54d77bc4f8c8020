using Shipshape.Config.Env;
using Shipshape.Discovery;
using Shipshape.Facts;
using Shipshape.Rules;

namespace Shipshape.Config.Collectors;

/// <summary>Publishes the settings of env files that may reach production (not templates, not development-only files).</summary>
public sealed class EnvFileFactCollector : IFactCollector
{
    public IReadOnlySet<FileKind> FileKinds { get; } = new HashSet<FileKind> { FileKind.Env };

    public void Collect(FileContext file)
    {
        if (!EnvFileNames.MayReachProduction(file.Path))
            return;
        foreach (var entry in file.Parsed<EnvSource>().Env.Entries)
            file.Facts.Add(FactKeys.EnvironmentSettings, new EnvironmentSettingFact(entry.Key, entry.Value, "env", file.LocationToEndOfLine(entry.Position)));
    }
}
