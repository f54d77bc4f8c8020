using Shipshape.Config.Compose;
using Shipshape.Config.Servers;
using Shipshape.Discovery;
using Shipshape.Facts;
using Shipshape.Rules;

namespace Shipshape.Config.Collectors;

/// <summary>
/// Publishes each compose service that may run in production as a container, with its server command, environment
/// and volumes; development-only files (docker-compose.override.yml, docker-compose.dev.yml) and services behind a
/// development profile describe no production container.
/// </summary>
public sealed class ComposeFactCollector : IFactCollector
{
    public IReadOnlySet<FileKind> FileKinds { get; } = new HashSet<FileKind> { FileKind.Compose };

    public void Collect(FileContext file)
    {
        if (ConfigSettings.IsDevelopmentFileName(file.Path))
            return;
        foreach (var service in file.Parsed<ComposeSource>().Compose.Services.Where(s => !ConfigSettings.IsDevelopmentService(s)))
        {
            file.Facts.Add(FactKeys.Containers, new ContainerFact($"{file.Path}#{service.Name}", null, file.LocationAt(service.Position, service.Name.Length)));

            var command = ComposeCommands.StartWords(service);
            if (command is not null)
            {
                foreach (var server in ServerCommandLine.Parse(command.Value.Words))
                    file.Facts.Add(FactKeys.ServerCommands, new ServerCommandFact(server, "compose", file.LocationToEndOfLine(command.Value.Position)));
            }

            foreach (var variable in service.Environment.Where(v => v.Value is not null))
                file.Facts.Add(FactKeys.EnvironmentSettings, new EnvironmentSettingFact(variable.Name, variable.Value!, "compose", file.LocationToEndOfLine(variable.Position)));

            foreach (var volume in service.Volumes.Where(v => v.Kind != ComposeVolumeKind.Tmpfs))
                file.Facts.Add(FactKeys.ContainerVolumes, new ContainerVolumeFact(volume.Target, file.LocationToEndOfLine(volume.Position)));
        }
    }
}
