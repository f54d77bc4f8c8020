using Shipshape.Discovery;
using Shipshape.Model;
using Shipshape.Tests.Support;

namespace Shipshape.Tests.Rules.Deploy;

/// <summary>
/// The configuration rules against the sample apps (samples/README.md tables): every `before` row
/// these rules can decide from configuration files is found at its file and line, and in `after`
/// they report nothing the table does not list. Rows placed in Python files are decided by the
/// Python forms of the rules (DBG001, DATA001 in code; RATE003's limiter storage; DEP004 without env
/// files), except SEC004, whose credential formats are searched in every file.
/// </summary>
public sealed class SampleConfigParityTests
{
    private static readonly HashSet<string> ConfigRules =
        ["DBG001", "DBG003", "DATA001", "DEP001", "DEP002", "DEP003", "DEP004", "DEP005", "DEP006", "RATE003", "SEC004"];

    private static readonly Lazy<IReadOnlyList<Row>> Table = new(ReadTable);

    private static readonly Lazy<Dictionary<(string App, string State), Report>> Reports = new(() =>
        Table.Value.Select(r => r.App).Distinct()
            .SelectMany(app => new[] { (app, "before"), (app, "after") })
            .ToDictionary(key => key, key => Scans.Run(StateRoot(key.Item1, key.Item2), only: ConfigRules)));

    private sealed record Row(string App, string State, string Rule, string File, int Line);

    public static TheoryData<string, string, string, int> BeforeRows()
    {
        var data = new TheoryData<string, string, string, int>();
        foreach (var row in Table.Value.Where(r => r.State == "before" && IsDecidableFromConfiguration(r)))
            data.Add(row.App, row.Rule, row.File, row.Line);
        return data;
    }

    public static TheoryData<string> Apps() => new(Table.Value.Select(r => r.App).Distinct());

    [Theory]
    [MemberData(nameof(BeforeRows))]
    public void Each_configuration_problem_of_a_before_state_is_found_at_its_line(string app, string rule, string file, int line)
    {
        var findings = Reports.Value[(app, "before")].Findings.Where(f => f.RuleId == rule).ToList();

        Assert.True(findings.Any(f => f.Location?.Path == file && f.Location.StartLine == line),
            $"{rule} expected at {file}:{line}; found at {string.Join(", ", findings.Select(f => f.Location?.ToString()))}");
    }

    [Theory]
    [MemberData(nameof(Apps))]
    public void After_states_report_only_what_the_table_lists(string app)
    {
        var listed = Table.Value.Where(r => r.App == app && r.State == "after").Select(r => (r.Rule, r.File, r.Line)).ToHashSet();

        var unexpected = Reports.Value[(app, "after")].Findings
            .Where(f => !listed.Contains((f.RuleId, f.Location?.Path ?? "", f.Location?.StartLine ?? 0)))
            .Select(f => $"{f.RuleId} {f.Location}: {f.Message}")
            .ToList();

        Assert.Empty(unexpected);
    }

    [Fact]
    public void The_table_has_rows_for_these_rules()
    {
        Assert.True(BeforeRows().Count() >= 30);
    }

    private static bool IsDecidableFromConfiguration(Row row)
    {
        if (!ConfigRules.Contains(row.Rule))
            return false;
        if (row.Rule == "SEC004" || !FileClassifier.Classify(row.File).IsPython())
            return true;
        // DEP004's entry-point finding is decided from env files when the app has some.
        return row.Rule == "DEP004" && Directory.EnumerateFiles(StateRoot(row.App, row.State), "*", SearchOption.AllDirectories)
            .Any(f => FileClassifier.Classify(Path.GetFileName(f)) == FileKind.Env);
    }

    private static string StateRoot(string app, string state) => Path.Combine(TestPaths.RepositoryRoot, "samples", app, state);

    /// <summary>Rows of the `app | state | seed item | rule | file | line | note` tables with a line number.</summary>
    private static IReadOnlyList<Row> ReadTable() =>
        File.ReadLines(Path.Combine(TestPaths.RepositoryRoot, "samples", "README.md"))
            .Where(line => line.StartsWith("| ", StringComparison.Ordinal))
            .Select(line => line.Split('|').Select(cell => cell.Trim()).ToArray())
            .Where(cells => cells.Length >= 8 && cells[2] is "before" or "after" && int.TryParse(cells[6], out _))
            .Select(cells => new Row(cells[1], cells[2], cells[4], cells[5], int.Parse(cells[6])))
            .ToList();
}
