using System.Text.RegularExpressions;
using Shipshape.Config.Docker;
using Shipshape.Config.Servers;
using Shipshape.Discovery;
using Shipshape.Facts;
using Shipshape.Rules;

namespace Shipshape.Config.Collectors;

/// <summary>
/// Publishes what a Dockerfile's final stage says about the running container: the image itself,
/// the server its CMD/ENTRYPOINT starts, its ENV settings, its VOLUMEs, and the data folders it creates.
/// </summary>
public sealed partial class DockerfileFactCollector : IFactCollector
{
    public IReadOnlySet<FileKind> FileKinds { get; } = new HashSet<FileKind> { FileKind.Dockerfile };

    [GeneratedRegex(@"^(uploads?|media|data|instance|storage|files|db|database|attachments)$", RegexOptions.IgnoreCase)]
    private static partial Regex DataFolderName();

    public void Collect(FileContext file)
    {
        // Dockerfile.dev and the like build development images: they say nothing about production.
        var dockerfile = file.Parsed<DockerfileSource>().Dockerfile;
        if (ConfigSettings.IsDevelopmentFileName(file.Path) || dockerfile.FinalStage is not { } stage)
            return;

        var workdir = stage.Last("WORKDIR")?.Arguments.Trim();
        file.Facts.Add(FactKeys.Containers, new ContainerFact(file.Path, workdir, file.LocationToEndOfLine(stage.From.Position)));

        if (DockerStartCommand.Instruction(stage) is { } start)
        {
            foreach (var server in DockerStartCommand.Servers(stage))
                file.Facts.Add(FactKeys.ServerCommands, new ServerCommandFact(server, "dockerfile", file.LocationToEndOfLine(start.Position)));
        }

        foreach (var (name, value, instruction) in Dockerfile.EnvironmentVariables(stage))
            file.Facts.Add(FactKeys.EnvironmentSettings, new EnvironmentSettingFact(name, value, "dockerfile", file.LocationToEndOfLine(instruction.Position)));

        foreach (var volume in Dockerfile.Volumes(stage))
            file.Facts.Add(FactKeys.ContainerVolumes, new ContainerVolumeFact(volume.Value, file.LocationToEndOfLine(volume.Position)));

        foreach (var run in stage.InheritedInstructions.Where(i => i.Is("RUN")))
        {
            foreach (var folder in CreatedFolders(run.Arguments).Where(f => DataFolderName().IsMatch(LastSegment(f))))
            {
                file.Facts.Add(FactKeys.ContainerDataPaths, new ContainerDataPathFact(
                    ContainerPaths.Resolve(folder, workdir), $"the image creates the folder '{folder}' for data", file.LocationToEndOfLine(run.Position)));
            }
        }
    }

    private static IEnumerable<string> CreatedFolders(string runArguments)
    {
        var words = ShellWords.Split(runArguments);
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i] != "mkdir")
                continue;
            for (var j = i + 1; j < words.Count && !ShellWords.IsOperator(words[j]); j++)
            {
                if (!words[j].StartsWith('-'))
                    yield return words[j];
            }
        }
    }

    private static string LastSegment(string path) => path.TrimEnd('/').Split('/')[^1];
}
