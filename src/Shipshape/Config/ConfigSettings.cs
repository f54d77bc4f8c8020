using Shipshape.Config.Compose;
using Shipshape.Config.Docker;
using Shipshape.Config.Env;
using Shipshape.Discovery;
using Shipshape.Rules;

namespace Shipshape.Config;

/// <summary>
/// Reads the environment settings of any configuration file kind in one shape, so rules about a
/// setting's value (debug flags, database URLs, secrets) check env files, compose files and
/// Dockerfiles alike. Files of other kinds have none.
/// </summary>
public static class ConfigSettings
{
    private static readonly string[] DevelopmentComposeMarkers = ["override", "dev", "development", "local", "test", "debug"];
    private static readonly string[] DevelopmentProfiles = ["dev", "development", "debug", "test", "testing", "local"];

    /// <summary>The file kinds that hold environment settings.</summary>
    public static IReadOnlySet<FileKind> Kinds { get; } = new HashSet<FileKind> { FileKind.Env, FileKind.Compose, FileKind.Dockerfile };

    public static IEnumerable<ConfigSetting> Read(FileContext file) => file.Kind switch
    {
        FileKind.Env => FromEnv(file),
        FileKind.Compose => FromCompose(file),
        FileKind.Dockerfile => FromDockerfile(file),
        _ => [],
    };

    /// <summary>A compose or Dockerfile name that marks it as development-only (docker-compose.override.yml, Dockerfile.dev).</summary>
    public static bool IsDevelopmentFileName(string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..].ToLowerInvariant();
        return name.Split('.', '-', '_').Any(part => DevelopmentComposeMarkers.Contains(part));
    }

    /// <summary>A compose service enabled only by a development profile.</summary>
    public static bool IsDevelopmentService(ComposeService service) =>
        service.Profiles.Any(p => DevelopmentProfiles.Contains(p.ToLowerInvariant()));

    private static IEnumerable<ConfigSetting> FromEnv(FileContext file)
    {
        var production = EnvFileNames.MayReachProduction(file.Path);
        foreach (var entry in file.Parsed<EnvSource>().Env.Entries)
        {
            yield return new ConfigSetting(entry.Key, entry.RawValue, file.LocationToEndOfLine(entry.Position),
                file.LocationAt(entry.ValuePosition, ValueWidth(file, entry.ValuePosition)), production, "env file");
        }
    }

    private static IEnumerable<ConfigSetting> FromCompose(FileContext file)
    {
        var developmentFile = IsDevelopmentFileName(file.Path);
        foreach (var service in file.Parsed<ComposeSource>().Compose.Services)
        {
            var production = !developmentFile && !IsDevelopmentService(service);
            foreach (var variable in service.Environment.Where(v => v.Value is not null))
            {
                yield return new ConfigSetting(variable.Name, variable.Value!, file.LocationToEndOfLine(variable.Position),
                    file.LocationAt(variable.ValuePosition, variable.Value!.Length), production, $"compose service '{service.Name}'");
            }
        }
    }

    private static IEnumerable<ConfigSetting> FromDockerfile(FileContext file)
    {
        var dockerfile = file.Parsed<DockerfileSource>().Dockerfile;
        if (dockerfile.FinalStage is not { } stage)
            yield break;
        var production = !IsDevelopmentFileName(file.Path);
        foreach (var (name, value, instruction) in Dockerfile.EnvironmentVariables(stage))
            yield return Located(name, value, instruction, "ENV");
        foreach (var (name, value, instruction) in dockerfile.BuildArguments().Where(a => a.Value is not null))
            yield return Located(name, value!, instruction, "ARG");

        ConfigSetting Located(string name, string value, DockerInstruction instruction, string keyword)
        {
            // ENV/ARG hold several settings on possibly several lines: find this one's own line and column.
            for (var line = instruction.Position.Line; line <= instruction.EndLine; line++)
            {
                var text = file.Lines.Line(line);
                var column = IndexOfName(text, name);
                if (column < 0)
                    continue;
                var start = new SourcePosition(line, column + 1);
                var valueColumn = column + name.Length + 1;
                return new ConfigSetting(name, value, file.LocationAt(start, name.Length),
                    file.LocationAt(new SourcePosition(line, valueColumn + 1), Math.Max(value.Length, 1)), production, $"Dockerfile {keyword}");
            }
            var whole = file.LocationToEndOfLine(instruction.Position);
            return new ConfigSetting(name, value, whole, whole, production, $"Dockerfile {keyword}");
        }
    }

    private static int IndexOfName(string line, string name)
    {
        for (var index = line.IndexOf(name, StringComparison.Ordinal); index >= 0; index = line.IndexOf(name, index + 1, StringComparison.Ordinal))
        {
            var before = index == 0 || !IsNameChar(line[index - 1]);
            var after = index + name.Length >= line.Length || !IsNameChar(line[index + name.Length]);
            if (before && after)
                return index;
        }
        return -1;
    }

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    private static int ValueWidth(FileContext file, SourcePosition start)
    {
        var line = file.Lines.Line(start.Line);
        var rest = start.Column - 1 < line.Length ? line[(start.Column - 1)..] : "";
        var comment = rest.IndexOf(" #", StringComparison.Ordinal);
        return Math.Max((comment < 0 ? rest : rest[..comment]).TrimEnd().Length, 1);
    }
}
