namespace Shipshape.Tests.SeedParity;

/// <summary>
/// Rows whose rule exists but whose form is owned by another branch not merged here yet. They are
/// reported as skipped with the reason, and a pending row that starts to fire fails the test, so
/// this list cannot outlive the work it waits for.
/// </summary>
public static class PendingRows
{
    private static readonly (string Rule, string FileName, string Reason)[] Entries =
    [
        ("DBG001", ".env", "env-file form of DBG001 belongs to the config branch"),
        ("DBG001", "docker-compose.yml", "compose form of DBG001 belongs to the config branch"),
        ("QA001", "app.py", "engine's QA001 points at the entry module (whole file), not the app-creation line"),
        ("QA002", "README.md", "engine's QA002 does not yet read the README for deployment notes"),
    ];

    /// <summary>Why the row is pending, or null when it must be asserted.</summary>
    public static string? Reason(SampleRow row) =>
        Entries.FirstOrDefault(e => e.Rule == row.Rule && row.File.Split('/')[^1] == e.FileName).Reason;
}
