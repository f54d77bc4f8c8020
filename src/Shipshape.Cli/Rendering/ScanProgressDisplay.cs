using Shipshape.Scanning;
using Spectre.Console;

namespace Shipshape.Cli.Rendering;

/// <summary>Runs a scan under a progress bar (terminal only; cleared when done).</summary>
internal static class ScanProgressDisplay
{
    public static ScanResult Run(CliConsole console, ScanRequest request)
    {
        ScanResult? result = null;
        SpectreConsoleFactory.Create(console).Progress().AutoClear(true).Start(context =>
        {
            var task = context.AddTask("Scanning files");
            var progress = new Progress<ScanProgress>(p =>
            {
                task.MaxValue = Math.Max(1, p.Total);
                task.Value = p.Done;
            });
            result = Scanner.Scan(request with { Progress = progress });
            task.Value = task.MaxValue;
        });
        return result!;
    }
}
