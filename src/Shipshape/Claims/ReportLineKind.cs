namespace Shipshape.Claims;

/// <summary>The Markdown block a line of a readiness report belongs to.</summary>
public enum ReportLineKind
{
    Heading,
    Paragraph,
    ListItem,
    TableRow,
}
