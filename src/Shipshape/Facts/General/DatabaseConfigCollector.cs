using Shipshape.Discovery;
using Shipshape.Rules;

namespace Shipshape.Facts.General;

/// <summary>Publishes each Python file's <see cref="DatabaseSettings"/> as facts for the project rules.</summary>
public sealed class DatabaseConfigCollector : IFactCollector
{
    public IReadOnlySet<FileKind> FileKinds { get; } = new HashSet<FileKind> { FileKind.Python };

    public void Collect(FileContext file)
    {
        var settings = file.Parsed<DatabaseSettings>();
        foreach (var uri in settings.Uris) file.Facts.Add(FactKeys.DatabaseUris, uri);
        foreach (var pool in settings.Pools) file.Facts.Add(FactKeys.EnginePools, pool);
    }
}
