using Shipshape.Reports;
using Shipshape.Reports.Json;
using Shipshape.Reports.Markdown;

namespace Shipshape.Cli;

/// <summary>The file formats `--format` accepts besides console, and the extensions `-o` infers them from.</summary>
public static class ReportFormats
{
    public const string Console = "console";

    private static readonly (string Name, string[] Extensions, Func<IReportWriter> Create)[] Formats =
    [
        ("json", [".json"], () => new JsonReportWriter()),
        ("markdown", [".md", ".markdown"], () => new MarkdownReportWriter(DateTimeOffset.UtcNow)),
    ];

    public static IEnumerable<string> Names => new[] { Console }.Concat(Formats.Select(f => f.Name));

    public static bool IsKnown(string name) => Names.Contains(name);

    public static IReportWriter Create(string name) => Formats.First(f => f.Name == name).Create();

    public static string? FromExtension(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        return Formats.FirstOrDefault(f => f.Extensions.Contains(extension)).Name;
    }
}
