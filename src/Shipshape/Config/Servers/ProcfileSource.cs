using Shipshape.Rules;

namespace Shipshape.Config.Servers;

/// <summary>A Procfile as rules see it, parsed once per file; parse problems become diagnostics.</summary>
public sealed record ProcfileSource(Procfile Procfile) : IParsedFile<ProcfileSource>
{
    public static ProcfileSource Parse(FileContext file)
    {
        var procfile = ProcfileParser.Parse(file.Text);
        return file.WithDiagnostics(new ProcfileSource(procfile), procfile.Diagnostics);
    }
}
