namespace Shipshape.Model;

/// <summary>An unticked checklist item (<c>- [ ]</c>) of a readiness report: work the report itself says is not done.</summary>
/// <param name="Text">The item as written.</param>
/// <param name="SourceLine">1-based line in the report.</param>
public sealed record OpenItem(string Text, int SourceLine);
