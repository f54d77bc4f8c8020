using Shipshape.Model;

namespace Shipshape.Facts.Documentation;

/// <summary>A README heading and the topic it names (null when it names none of them).</summary>
public sealed record DocumentedSection(string Heading, int Level, DocumentationTopic? Topic, Location Location)
{
    public override string ToString() => $"{new string('#', Level)} {Heading} [{Topic?.Id() ?? "-"}] at {Location}";
}
