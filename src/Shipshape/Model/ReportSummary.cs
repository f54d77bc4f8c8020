namespace Shipshape.Model;

/// <summary>Verdict, overall score (null when no check was decided) and finding counts.</summary>
public sealed record ReportSummary(Verdict Verdict, double? Score, SeverityCounts Counts);
