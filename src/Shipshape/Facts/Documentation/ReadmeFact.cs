using System.Collections.Immutable;
using Shipshape.Discovery.FrontEnds;
using Shipshape.Model;

namespace Shipshape.Facts.Documentation;

/// <summary>
/// A README (Markdown) and what it documents: its headings with their topics, the commands in its
/// code, and its links to deployment documentation.
/// </summary>
/// <param name="Title">Its first line: where a finding about the README as a whole points.</param>
public sealed record ReadmeFact(
    Location Title,
    ImmutableArray<DocumentedSection> Sections,
    ImmutableArray<DocumentedCommand> Commands,
    ImmutableArray<MarkdownLink> DeploymentLinks)
{
    public string Path => Title.Path;

    /// <summary>At the project root (not a sub-folder's README).</summary>
    public bool IsAtRoot => !Path.Contains('/');

    /// <summary>
    /// What in it documents deployment: sections on deployment, production, configuration or the
    /// environment; commands that run a production server or deploy containers; links to
    /// deployment documentation. Empty when it only shows how to develop.
    /// </summary>
    public IReadOnlyList<string> DeploymentNotes =>
        Sections.Where(s => s.Topic?.IsDeployment() == true).Select(s => $"section \"{s.Heading}\" (line {s.Location.StartLine})")
            .Concat(Commands.Where(c => c.Purpose.IsDeployment()).Select(c => $"`{c.Text}` (line {c.Location.StartLine})"))
            .Concat(DeploymentLinks.Select(l => $"link to {l.Target} (line {l.Location.StartLine})"))
            .ToList();

    public override string ToString() =>
        $"{Path}: {Sections.Length} heading(s), {Commands.Length} command(s); deployment: "
        + (DeploymentNotes is { Count: > 0 } notes ? string.Join(", ", notes) : "none");
}
