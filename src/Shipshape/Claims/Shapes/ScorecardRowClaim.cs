namespace Shipshape.Claims.Shapes;

/// <summary>
/// A row of a table with an "After", "Status" or "Result" column ("Before | After | Status") whose row is
/// ticked or carries a status word ("CSRF Protection | ❌ None | ✅ Flask-WTF | FIXED"), or whose
/// status cell says done in words ("Security headers | Done").
/// </summary>
public sealed class ScorecardRowClaim : IClaimShape
{
    private static readonly string[] ClaimColumns = ["after", "status", "current", "now", "result", "state", "outcome"];

    public ClaimShape Shape => ClaimShape.ScorecardRow;

    public bool Matches(ReportLine line, ReportDocument document, int index) =>
        line.Kind == ReportLineKind.TableRow && !line.IsTableHeader
        && line.Header!.Any(h => ClaimColumns.Any(c => h.Contains(c, StringComparison.OrdinalIgnoreCase)))
        && (ClaimMarks.HasTick(line.Text) || ClaimMarks.HasStatusWord(line.Text) || StatusCells(line).Any(ClaimMarks.IsDoneCell));

    private static IEnumerable<string> StatusCells(ReportLine line) =>
        line.Cells!.Where((_, i) => i < line.Header!.Count && ClaimColumns.Any(c => line.Header[i].Contains(c, StringComparison.OrdinalIgnoreCase)));
}
