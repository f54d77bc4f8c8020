namespace Shipshape.Tests.Reports;

/// <summary>
/// The rules the report-writer tests run on the records-app fixture: their expected sections,
/// numbering and verdict were derived from these rules' findings, so rules added later do not
/// change what those tests check.
/// </summary>
internal static class ReportFixtureRules
{
    public static IReadOnlySet<string> Ids { get; } = new HashSet<string> { "ERR001", "QA001", "QA002", "QA003" };
}
