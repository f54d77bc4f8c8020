using System.Collections.Immutable;
using Shipshape.Discovery;
using Shipshape.Discovery.FrontEnds;
using Shipshape.Rules;

namespace Shipshape.Facts.Documentation;

/// <summary>Publishes a <see cref="ReadmeFact"/> for every Markdown README (<c>README.md</c>, <c>docs/README.markdown</c>, ...).</summary>
public sealed class ReadmeCollector : IFactCollector
{
    private static readonly string[] DeploymentLinkWords = ["deploy", "production", "operations", "hosting", "runbook"];

    public IReadOnlySet<FileKind> FileKinds { get; } = new HashSet<FileKind> { FileKind.Markdown };

    public static bool IsReadme(string path) => path.Split('/')[^1].StartsWith("readme", StringComparison.OrdinalIgnoreCase);

    public void Collect(FileContext file)
    {
        if (!IsReadme(file.Path)) return;
        var markdown = file.Parsed<MarkdownSource>();
        var sections = markdown.Headings
            .Select(h => new DocumentedSection(h.Text, h.Level, DocumentationTopics.OfHeading(h.Text), h.Location))
            .ToImmutableArray();
        var commands = markdown.Code.SelectMany(DocumentedCommands.Read).ToImmutableArray();
        var links = markdown.Links
            .Where(l => DeploymentLinkWords.Any(w => l.Target.Contains(w, StringComparison.OrdinalIgnoreCase) || l.Text.Contains(w, StringComparison.OrdinalIgnoreCase)))
            .ToImmutableArray();
        file.Facts.Add(FactKeys.Readmes, new ReadmeFact(file.LocationOfLine(1), sections, commands, links));
    }
}
