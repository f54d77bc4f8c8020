using Shipshape.Reports.Json;

namespace Shipshape.Diff;

/// <summary>
/// Findings with one fingerprint that appear more often on one side than the other: how many more,
/// and where the first of them is.
/// </summary>
public sealed record FindingChange(string Fingerprint, string Rule, string Severity, string Location, string Message, int Occurrences)
{
    public static FindingChange Of(JsonFinding first, int occurrences) =>
        new(first.Fingerprint, first.Rule, first.Severity, LocationText(first.Location), first.Message, occurrences);

    private static string LocationText(JsonLocation? location) =>
        location is null ? "project" : $"{location.Path}:{location.StartLine}:{location.StartColumn}";
}
