using Spectre.Console;

namespace Shipshape.Cli.Rendering;

/// <summary>A Spectre console over the command's writer: colours on a terminal, plain ASCII-bordered text when redirected.</summary>
internal static class SpectreConsoleFactory
{
    public static IAnsiConsole Create(CliConsole console)
    {
        var ansi = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = console.Interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = console.Interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = console.Interactive ? InteractionSupport.Yes : InteractionSupport.No,
            Out = new AnsiConsoleOutput(console.Out),
        });
        if (!console.Interactive) ansi.Profile.Width = 120;
        return ansi;
    }

    public static TableBorder Border(CliConsole console) => console.Interactive ? TableBorder.Rounded : TableBorder.Ascii;

    public static BoxBorder Box(CliConsole console) => console.Interactive ? BoxBorder.Rounded : BoxBorder.Ascii;
}
