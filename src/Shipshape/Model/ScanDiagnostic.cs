namespace Shipshape.Model;

/// <summary>A message about the scan (not about the project's readiness).</summary>
/// <param name="Kind">Internal error, parse error or warning.</param>
/// <param name="Path">The file concerned, root-relative; null for the whole scan.</param>
/// <param name="Line">1-based line, when known.</param>
/// <param name="RuleId">The rule concerned (the one that threw, the one a comment names), if any.</param>
/// <param name="Message">One line.</param>
public sealed record ScanDiagnostic(DiagnosticKind Kind, string? Path, int? Line, string? RuleId, string Message);
