using Shipshape.Config.Servers;
using Shipshape.Discovery;
using Shipshape.Facts;
using Shipshape.Rules;

namespace Shipshape.Config.Collectors;

/// <summary>Publishes the servers a Procfile's processes start.</summary>
public sealed class ProcfileFactCollector : IFactCollector
{
    public IReadOnlySet<FileKind> FileKinds { get; } = new HashSet<FileKind> { FileKind.Procfile };

    public void Collect(FileContext file)
    {
        foreach (var entry in file.Parsed<ProcfileSource>().Procfile.Entries)
        {
            foreach (var server in ServerCommandLine.Parse(entry.Command))
                file.Facts.Add(FactKeys.ServerCommands, new ServerCommandFact(server, "procfile", file.LocationToEndOfLine(entry.CommandPosition)));
        }
    }
}
