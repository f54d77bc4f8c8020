using Shipshape.Rules;

namespace Shipshape.Config.Docker;

/// <summary>A Dockerfile as rules see it, parsed once per file; parse problems become diagnostics.</summary>
public sealed record DockerfileSource(Dockerfile Dockerfile) : IParsedFile<DockerfileSource>
{
    public static DockerfileSource Parse(FileContext file)
    {
        var dockerfile = DockerfileParser.Parse(file.Text);
        return file.WithDiagnostics(new DockerfileSource(dockerfile), dockerfile.Diagnostics);
    }
}
