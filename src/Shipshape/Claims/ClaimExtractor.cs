using Shipshape.Claims.Shapes;

namespace Shipshape.Claims;

/// <summary>
/// Finds every claim of a readiness report. Each line is offered to the shapes in order and the
/// first that recognises it names the claim; a line is at most one claim. Python code blocks the
/// report offers as fixes are claims too (<see cref="SuggestedFixBlock"/>).
/// </summary>
public static class ClaimExtractor
{
    /// <summary>Order matters: specific shapes (verdict, audit finding, checklist) before the generic tick.</summary>
    private static readonly IClaimShape[] Shapes =
    [
        new VerdictClaim(), new AuditFindingClaim(), new ChecklistClaim(), new VerificationLineClaim(),
        new ScorecardRowClaim(), new CapacityClaim(), new TickedHeadingClaim(), new StatusWordClaim(), new FigureClaim(),
    ];

    public static IReadOnlyList<ExtractedClaim> Extract(ReportDocument document)
    {
        var claims = new List<ExtractedClaim>();
        for (var i = 0; i < document.Lines.Count; i++)
        {
            var line = document.Lines[i];
            if (Shapes.FirstOrDefault(s => s.Matches(line, document, i)) is not { } shape) continue;
            var cited = shape.Shape == ClaimShape.AuditFinding ? AuditFindingClaim.Cited(document, i) : null;
            claims.Add(new(line.Text, line.Line, shape.Shape, line.Section, cited, Scope(document, i)));
        }
        claims.AddRange(document.CodeBlocks.Where(SuggestedFixBlock.IsSuggestion)
            .Select(block => new ExtractedClaim(SuggestedFixBlock.Text(block), block.FenceLine, ClaimShape.SuggestedFix, block.Section, Code: block)));
        return claims.OrderBy(c => c.Line).ToList();
    }

    /// <summary>What a claim sums up: a heading its section, "all fixes applied" the whole report; null for other claims.</summary>
    private static LineRange? Scope(ReportDocument document, int index)
    {
        var line = document.Lines[index];
        var last = document.Lines.Count > 0 ? document.Lines[^1].Line : line.Line;
        if (ClaimMarks.SumsUpEverything(line.Text)) return new(1, last);
        if (line.Kind != ReportLineKind.Heading) return null;
        var next = document.Lines.Skip(index + 1).FirstOrDefault(l => l.Kind == ReportLineKind.Heading && l.Level <= line.Level);
        return new(line.Line + 1, next is null ? last : next.Line - 1);
    }

    /// <summary>Unticked checklist items: what the report itself says is still to do.</summary>
    public static IReadOnlyList<ReportLine> OpenItems(ReportDocument document) =>
        document.Lines.Where(l => l.Task == false).ToList();
}
