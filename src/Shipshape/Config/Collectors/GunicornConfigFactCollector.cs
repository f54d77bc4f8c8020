using Shipshape.Config.Servers;
using Shipshape.Discovery;
using Shipshape.Facts;
using Shipshape.Rules;

namespace Shipshape.Config.Collectors;

/// <summary>Publishes the settings a gunicorn configuration file (gunicorn.conf.py) assigns.</summary>
public sealed class GunicornConfigFactCollector : IFactCollector
{
    public IReadOnlySet<FileKind> FileKinds { get; } = new HashSet<FileKind> { FileKind.GunicornConfig };

    public void Collect(FileContext file)
    {
        foreach (var (name, value, range) in GunicornConfigReader.Read(file.Python.Parsed))
            file.Facts.Add(FactKeys.ServerSettings, new ServerSettingFact(name, value, file.LocationOf(range)));
    }
}
