using Shipshape.Rules;

namespace Shipshape.Config.Compose;

/// <summary>A compose file as rules see it, parsed once per file; parse problems become diagnostics.</summary>
public sealed record ComposeSource(ComposeFile Compose) : IParsedFile<ComposeSource>
{
    public static ComposeSource Parse(FileContext file)
    {
        var compose = ComposeFileParser.Parse(file.Text);
        return file.WithDiagnostics(new ComposeSource(compose), compose.Diagnostics);
    }
}
