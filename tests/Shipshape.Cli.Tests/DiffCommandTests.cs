using System.Text.Json;
using Shipshape.Cli.Tests.Support;

namespace Shipshape.Cli.Tests;

/// <summary>`shipshape diff` on JSON reports of real scans of the LEOC sample, before and after its fixes.</summary>
public sealed class DiffCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly string _before;
    private readonly string _after;

    public DiffCommandTests()
    {
        _before = Scan("leoc", "before");
        _after = Scan("leoc", "after");
    }

    [Fact]
    public void Quality_row_is_improved_when_failing_checks_pass_and_another_still_fails()
    {
        // Premise, read from the reports: QA001 (no tests) and QA002 (README without deployment notes) fail only before, QA003 fails in both.
        Assert.Equal(["QA001", "QA002", "QA003"], FailingChecks(_before, "quality"));
        Assert.Equal(["QA003"], FailingChecks(_after, "quality"));

        var run = CliRunner.Run("diff", _before, _after);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"\| Tests & documentation\s+\| 0\.0\s+\| 6\.7\s+\| IMPROVED", run.Out);
        Assert.Contains($"overall score {OverallScore(_before)} → {OverallScore(_after)} / 10", run.Out);
    }

    [Fact]
    public void Swapping_the_reports_is_a_regression_and_fails_only_with_the_flag()
    {
        var plain = CliRunner.Run("diff", _after, _before);
        var gated = CliRunner.Run("diff", _after, _before, "--fail-on-regression");

        Assert.Equal(0, plain.ExitCode);
        Assert.Matches(@"\| Tests & documentation\s+\| 6\.7\s+\| 0\.0\s+\| REGRESSED", plain.Out);
        Assert.Equal(1, gated.ExitCode);
    }

    [Fact]
    public void A_check_that_starts_failing_trips_the_regression_gate_even_when_the_score_rises()
    {
        // leoc/after installs CSRFProtect but exempts the unlock form (a deliberate false claim of the
        // sample): CSRF002 fails only after, so the category regressed although its score went up.
        var run = CliRunner.Run("diff", _before, _after, "--fail-on-regression");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["CSRF002"], FailingChecks(_after, "csrf"));
        Assert.DoesNotContain("CSRF002", FailingChecks(_before, "csrf"));
        Assert.Matches(@"CSRF protection\s*\|\s*0\.0\s*\|\s*5\.0\s*\|\s*REGRESSED", run.Out);
    }

    [Fact]
    public void A_forward_diff_without_new_failures_passes_the_regression_gate()
    {
        // The Django sample's after state fixes what check --deploy reports and adds no new failure.
        var run = CliRunner.Run("diff", Scan("django", "before"), Scan("django", "after"), "--fail-on-regression");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("REGRESSED", run.Out);
    }

    [Fact]
    public void A_report_against_itself_is_unchanged_everywhere()
    {
        var run = CliRunner.Run("diff", _before, _before, "--format", "markdown", "--fail-on-regression");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("**REGRESSED**", run.Out);
        Assert.DoesNotContain("**IMPROVED**", run.Out);
        Assert.DoesNotContain("**FIXED**", run.Out);
        Assert.Contains("## Findings resolved (0)\n\nNone.", run.Out);
        Assert.Contains("## New findings (0)\n\nNone.", run.Out);
    }

    [Fact]
    public void Resolved_findings_are_counted_by_fingerprint_occurrences()
    {
        var beforeCounts = CountedFingerprints(_before);
        var afterCounts = CountedFingerprints(_after);
        var expected = beforeCounts.Sum(p => Math.Max(0, p.Value - afterCounts.GetValueOrDefault(p.Key)));
        var expectedNew = afterCounts.Sum(p => Math.Max(0, p.Value - beforeCounts.GetValueOrDefault(p.Key)));
        Assert.True(expected > 0, "the LEOC fixes resolve findings");

        var run = CliRunner.Run("diff", _before, _after, "--format", "markdown");

        Assert.Contains($"## Findings resolved ({expected})\n", run.Out);
        Assert.Contains($"## New findings ({expectedNew})\n", run.Out);
        // A fingerprint found twice before and not after is one row with 2 occurrences.
        var twice = beforeCounts.Where(p => p.Value == 2 && !afterCounts.ContainsKey(p.Key)).Select(p => p.Key).FirstOrDefault();
        Assert.NotNull(twice);
        Assert.Matches($@"\| {FirstRule(_before, twice)} \| [a-z]+ \| [^|]+ \| [^|]+ \| 2 \|", run.Out);
    }

    [Fact]
    public void Output_file_gets_markdown_and_the_console_keeps_the_table()
    {
        var file = _temp.Path("diff.md");

        var run = CliRunner.Run("diff", _before, _after, "-o", file);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("# Readiness Diff\n", File.ReadAllText(file));
        Assert.Contains("| Category | Before | After | Status |", File.ReadAllText(file));
        Assert.Contains("Before | After", run.Out);
    }

    [Fact]
    public void Missing_file_is_exit_2_with_one_line()
    {
        var run = CliRunner.Run("diff", _temp.Path("nope.json"), _after);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal([$"error: no such report file: {_temp.Path("nope.json")}"], run.ErrorLines);
    }

    [Fact]
    public void A_file_that_is_not_json_is_exit_2_with_one_line()
    {
        var file = _temp.Path("notes.json");
        File.WriteAllText(file, "# not json\n");

        var run = CliRunner.Run("diff", file, _after);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"error: {file} is not JSON: ", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void Another_report_format_is_exit_2_naming_the_schema_expected()
    {
        var sarif = _temp.Path("leoc.sarif");
        Assert.Equal(0, CliRunner.Run("scan", RepositoryPaths.Sample("leoc", "before"), "--fail-on", "none", "-o", sarif).ExitCode);

        var run = CliRunner.Run("diff", _before, sarif);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"error: {sarif} is not a shipshape/report@1 report (schema: none)", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void A_report_missing_a_section_is_exit_2_naming_it()
    {
        var broken = _temp.Path("broken.json");
        var document = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(File.ReadAllText(_before))!;
        document.Remove("findings");
        File.WriteAllText(broken, JsonSerializer.Serialize(document));

        var run = CliRunner.Run("diff", broken, _after);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal([$"error: {broken} is not a valid shipshape/report@1 report: findings is missing"], run.ErrorLines);
    }

    [Fact]
    public void Unknown_format_is_exit_2()
    {
        var run = CliRunner.Run("diff", _before, _after, "--format", "html");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["error: diff --format must be console or markdown (got 'html')"], run.ErrorLines);
    }

    public void Dispose() => _temp.Dispose();

    private string Scan(string app, string state)
    {
        var file = _temp.Path($"{app}-{state}.json");
        var run = CliRunner.Run("scan", RepositoryPaths.Sample(app, state), "--format", "json", "-o", file);
        Assert.True(run.ExitCode is 0 or 1, run.Error);
        return file;
    }

    private static JsonElement Root(string report) => JsonDocument.Parse(File.ReadAllText(report)).RootElement;

    private static string OverallScore(string report) =>
        Root(report).GetProperty("summary").GetProperty("score").GetDouble().ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);

    private static List<string> FailingChecks(string report, string category) =>
        Root(report).GetProperty("categories").EnumerateArray().Single(c => c.GetProperty("id").GetString() == category)
            .GetProperty("checks").EnumerateArray().Where(c => c.GetProperty("status").GetString() == "fail")
            .Select(c => c.GetProperty("rule").GetString()!).Order(StringComparer.Ordinal).ToList();

    private static Dictionary<string, int> CountedFingerprints(string report) =>
        Root(report).GetProperty("findings").EnumerateArray().Where(f => !f.TryGetProperty("suppression", out _))
            .CountBy(f => f.GetProperty("fingerprint").GetString()!).ToDictionary(p => p.Key, p => p.Value);

    private static string FirstRule(string report, string fingerprint) =>
        Root(report).GetProperty("findings").EnumerateArray().First(f => f.GetProperty("fingerprint").GetString() == fingerprint)
            .GetProperty("rule").GetString()!;
}
