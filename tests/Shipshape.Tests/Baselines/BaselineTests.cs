using Shipshape.Baselines;
using Shipshape.Model;
using Shipshape.Rules;
using Shipshape.Scanning;
using Shipshape.Settings;
using Shipshape.Tests.Support;

namespace Shipshape.Tests.Baselines;

/// <summary>Baselines on a copy of the records-app fixture that the tests then edit.</summary>
public sealed class BaselineTests : IDisposable
{
    private readonly TempTree _tree = new TempTree().CopyFrom(TestPaths.Fixture("projects", "records-app"));

    private Report Scan(Baseline? baseline = null) => Scanner.Scan(new ScanRequest(_tree.Root, _tree.Root,
        ShipshapeSettings.Default, RuleRegistry.Default, baseline is null ? null : (baseline, "baseline.json"))).Report;

    private static List<Finding> CountedErr001(Report report, string path) =>
        report.Findings.Where(f => f.IsCounted && f.RuleId == RuleIds.Err001 && f.Location!.Path == path).ToList();

    [Fact]
    public void A_baseline_of_the_same_code_suppresses_every_finding_it_recorded()
    {
        var baseline = Baseline.From(Scan().Findings);

        var again = Scan(baseline);

        Assert.All(again.Findings.Where(f => f.Suppression?.Kind != SuppressionKind.Inline),
            f => Assert.Equal(new Suppression(SuppressionKind.Baseline, "known in baseline baseline.json"), f.Suppression));
        Assert.Equal(0, again.Summary.Counts.Total);
    }

    [Fact]
    public void One_entry_never_hides_a_second_new_occurrence_of_the_same_code()
    {
        var baseline = Baseline.From(Scan().Findings);
        var entry = Assert.Single(baseline.Findings, e => e.Path == "reports.py" && e.Count > 1);
        Assert.Equal(2, entry.Count); // the two plain `except:` lines of reports.py share one fingerprint

        File.AppendAllText(_tree.Path("reports.py"), "    try:\n        return repr(record)\n    except:\n        return \"\"\n");
        var after = Scan(baseline);

        var fresh = Assert.Single(CountedErr001(after, "reports.py"));
        Assert.Equal(20, fresh.Location!.StartLine); // the new one: the first two stay baselined
    }

    [Fact]
    public void Findings_stay_baselined_when_lines_move()
    {
        var baseline = Baseline.From(Scan().Findings);

        File.WriteAllText(_tree.Path("app.py"), "# moved down by a new header\n\n\n" + File.ReadAllText(_tree.Path("app.py")));
        var after = Scan(baseline);

        Assert.Empty(CountedErr001(after, "app.py"));
        Assert.Contains(after.Findings, f => f.RuleId == RuleIds.Err001 && f.Location!.Path == "app.py" && f.Location.StartLine == 16);
    }

    [Fact]
    public void Baseline_files_round_trip_and_reject_other_json()
    {
        var baseline = Baseline.From(Scan().Findings);
        var path = _tree.Path("baseline.json");
        BaselineFile.Write(path, baseline);

        Assert.Equal(baseline.Findings, BaselineFile.Read(path).Findings);

        File.WriteAllText(path, "{\"schema\": \"something/else\", \"findings\": []}");
        Assert.Contains("not a Shipshape baseline", Assert.Throws<InputException>(() => BaselineFile.Read(path)).Message);
        File.WriteAllText(path, "{ not json");
        Assert.Contains("invalid baseline JSON", Assert.Throws<InputException>(() => BaselineFile.Read(path)).Message);
    }

    public void Dispose() => _tree.Dispose();
}
