namespace Shipshape.Claims;

/// <summary>
/// One line of prose of a readiness report (code blocks are left out), already repaired and
/// stripped of Markdown emphasis and link targets.
/// </summary>
/// <param name="Text">The visible text.</param>
/// <param name="Line">1-based line in the report file.</param>
/// <param name="Kind">Heading, paragraph, list item or table row.</param>
/// <param name="Section">The nearest heading above (its text), or "" before the first one.</param>
/// <param name="Level">Heading level (1-6); 0 for other lines.</param>
/// <param name="Chapter">The nearest level-1 or level-2 heading above.</param>
/// <param name="Task">For checklist items: true for <c>[x]</c>, false for <c>[ ]</c>; null otherwise.</param>
/// <param name="Cells">For table rows, the cells; for the header row itself too.</param>
/// <param name="Header">For table rows, the table's header cells.</param>
public sealed record ReportLine(
    string Text,
    int Line,
    ReportLineKind Kind,
    string Section,
    int Level = 0,
    string Chapter = "",
    bool? Task = null,
    IReadOnlyList<string>? Cells = null,
    IReadOnlyList<string>? Header = null)
{
    public bool IsTableHeader => Cells is not null && Header is not null && Cells.SequenceEqual(Header);
}
