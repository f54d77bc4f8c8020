using Shipshape.Model;
using Shipshape.Rules;
using Xunit.Abstractions;

namespace Shipshape.Tests.SeedParity;

/// <summary>
/// The samples/README.md tables against real scans: every row of an implemented rule fires at its
/// file and line (LIE-FIGURE rows must not fire: the limit exists, only its figure is wrong), and in
/// an <c>after</c> state a rule of the app's table fires nowhere else. Rows of rules not implemented
/// yet are listed by <see cref="Rows_of_rules_not_implemented_yet_are_listed_not_dropped"/>.
/// </summary>
public sealed class SeedParityTests(SampleScans scans, ITestOutputHelper output) : IClassFixture<SampleScans>
{
    private static readonly HashSet<string> Implemented = RuleRegistry.Default.Rules.Select(r => r.Metadata.Id).ToHashSet(StringComparer.Ordinal);

    public static TheoryData<string> ImplementedRows() =>
        new(SampleTable.Rows.Where(r => Implemented.Contains(r.Rule) && PendingRows.Reason(r) is null).Select(r => r.ToString()));

    public static TheoryData<string, string> AfterStates()
    {
        var data = new TheoryData<string, string>();
        foreach (var app in SampleTable.Rows.Select(r => r.App).Distinct()) data.Add(app, "after");
        return data;
    }

    [Theory]
    [MemberData(nameof(ImplementedRows))]
    public void Row_is_answered_by_the_scan(string rowName)
    {
        var row = SampleTable.Rows.Single(r => r.ToString() == rowName);
        var report = scans.Of(row.App, row.State);
        var atLine = report.Findings.Where(f => f.RuleId == row.Rule && f.Location?.Path == row.File && f.Location.StartLine == row.Line).ToList();
        if (row.IsFigureOnly)
        {
            Assert.Empty(atLine);
            return;
        }

        Assert.True(atLine.Count > 0, $"{row} did not fire; the rule reported: "
            + string.Join("; ", report.Findings.Where(f => f.RuleId == row.Rule).Select(f => f.Location?.ToString())));
    }

    [Theory]
    [MemberData(nameof(AfterStates))]
    public void After_state_has_no_finding_the_table_does_not_allow(string app, string state)
    {
        var rows = SampleTable.Rows.Where(r => r.App == app).ToList();
        var rules = rows.Select(r => r.Rule).Where(Implemented.Contains).ToHashSet();
        var allowed = rows.Where(r => r.State == state && !r.IsFigureOnly).Select(r => (r.Rule, r.File, r.Line)).ToHashSet();
        var unexpected = scans.Of(app, state).Findings
            .Where(f => rules.Contains(f.RuleId) && !allowed.Contains((f.RuleId, f.Location?.Path ?? "", f.Location?.StartLine ?? 0)))
            .Select(f => $"{f.RuleId} {f.Location}: {f.Message}")
            .ToList();
        Assert.True(unexpected.Count == 0, string.Join("\n", unexpected));
    }

    // A fact, not a theory: the pending list is usually empty, and a theory without data is an error.
    [Fact]
    public void Pending_rows_do_not_fire_yet()
    {
        foreach (var row in SampleTable.Rows.Where(r => Implemented.Contains(r.Rule) && PendingRows.Reason(r) is not null))
        {
            output.WriteLine($"skipped ({PendingRows.Reason(row)}): {row}");
            var fired = scans.Of(row.App, row.State).Findings.Any(f => f.RuleId == row.Rule && f.Location?.Path == row.File && f.Location.StartLine == row.Line);
            Assert.False(fired, $"{row} fires now: remove it from PendingRows");
        }
    }

    [Fact]
    public void Rows_of_rules_not_implemented_yet_are_listed_not_dropped()
    {
        var pending = SampleTable.Rows.Where(r => !Implemented.Contains(r.Rule)).ToList();
        foreach (var row in pending) output.WriteLine($"skipped (rule not implemented yet): {row}");
        output.WriteLine($"{SampleTable.Rows.Count} rows: {SampleTable.Rows.Count - pending.Count} asserted, {pending.Count} skipped");

        // Every skipped row must still name a catalogue id, so a typo cannot hide a row for ever.
        var catalogue = typeof(RuleIds).GetFields().Select(f => (string)f.GetValue(null)!).ToHashSet();
        Assert.All(pending, row => Assert.Contains(row.Rule, catalogue));
        Assert.NotEmpty(SampleTable.Rows);
    }
}
