using Shipshape.Facts;
using Spectre.Console;

namespace Shipshape.Cli.Rendering;

/// <summary>`scan --facts`: every fact the scan gathered, by kind, as the rules saw them.</summary>
internal sealed class FactsRenderer(CliConsole console)
{
    private readonly IAnsiConsole _ansi = SpectreConsoleFactory.Create(console);

    public void Render(ProjectFacts facts)
    {
        _ansi.Write(new Rule("Project facts").LeftJustified());
        var any = false;
        foreach (var (key, values) in facts.All())
        {
            any = true;
            _ansi.MarkupLine($"[bold]{Markup.Escape(key.Name)}[/] ({values.Count})");
            foreach (var value in values) _ansi.MarkupLine($"  {Markup.Escape(value.ToString() ?? "")}");
        }
        if (!any) _ansi.MarkupLine("[grey]No facts were gathered (no dependency lists, imports, routes or protections found).[/]");
    }
}
